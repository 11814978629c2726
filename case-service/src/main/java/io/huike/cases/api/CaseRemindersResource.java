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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What falls due soon in a community (催办). */
@Path("/communities/{community}/case-reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CaseRemindersResource {

    private final CaseQueries queries;
    private final CaseViews views;
    private final CallerScope scope;

    CaseRemindersResource(CaseQueries queries, CaseViews views, CallerScope scope) {
        this.queries = queries;
        this.views = views;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "listCaseReminders",
            summary = "Open cases whose next deadline falls within the coming hours, soonest first")
    public List<CaseView> reminders(
            @PathParam("community") String community,
            @QueryParam("withinHours") @DefaultValue("24") @Min(1) @Max(720) int withinHours) {
        scope.require(community);
        Instant now = Instant.now();
        return queries.fallingDue(community, now, now.plus(Duration.ofHours(withinHours))).stream()
                .map(views::of)
                .toList();
    }
}
