package io.huike.outreach.cadence.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.CommunityDays;
import io.huike.outreach.cadence.CadenceQueries;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The due and overdue tasks that follow from a community's cadence rules. */
@Path("/communities/{community}/cadence-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cadence")
public class CadenceTaskResource {

    private final CadenceQueries queries;
    private final CallerScope scope;

    CadenceTaskResource(CadenceQueries queries, CallerScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listCadenceTasks",
            summary = "Households still waiting for a cadence's activity this year: overdue first, then by due day",
            description = "An activity of the rule's kind by any member inside a window settles it. Windows before "
                    + "the rule took effect or the household was registered ask for nothing.")
    @APIResponse(responseCode = "200", description = "The tasks")
    @APIResponse(responseCode = "422", description = "A before-holidays rule in a year the official calendar lacks")
    public List<CadenceTaskView> tasks(
            @PathParam("community") String community,
            @Parameter(description = "The day; today by default", example = "2026-06-30") @QueryParam("on")
                    LocalDate on) {
        scope.require(community);
        LocalDate today = CommunityDays.orToday(on);
        return queries.tasks(community, scope.communities(), today).stream()
                .map(CadenceTaskView::of)
                .toList();
    }
}
