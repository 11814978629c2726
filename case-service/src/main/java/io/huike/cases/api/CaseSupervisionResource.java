package io.huike.cases.api;

import io.huike.cases.CaseQueries;
import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What is overdue across the caller's communities, for the district's supervision (督办). */
@Path("/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision")
public class CaseSupervisionResource {

    private final CaseQueries queries;
    private final CaseViews views;
    private final CallerScope scope;

    CaseSupervisionResource(CaseQueries queries, CaseViews views, CallerScope scope) {
        this.queries = queries;
        this.views = views;
        this.scope = scope;
    }

    @GET
    @Path("overdue-cases")
    @RolesAllowed({Roles.DISTRICT_SUPERVISOR, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "listOverdueCases",
            summary = "Overdue open cases of every community in the caller's scope, longest overdue first")
    public List<CaseView> overdue(@QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return queries.overdue(scope.communities(), Instant.now(), limit).stream()
                .map(views::of)
                .toList();
    }
}
