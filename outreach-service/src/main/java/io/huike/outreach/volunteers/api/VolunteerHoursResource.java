package io.huike.outreach.volunteers.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.CommunityDays;
import io.huike.outreach.volunteers.VolunteerService;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Volunteer hours per person and for the community. */
@Path("/communities/{community}/volunteer-hours")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
public class VolunteerHoursResource {

    private final VolunteerService volunteerService;
    private final CallerScope scope;

    VolunteerHoursResource(VolunteerService volunteerService, CallerScope scope) {
        this.volunteerService = volunteerService;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "getVolunteerHours",
            summary = "A year's volunteer hours: the community's total and each person's, the most first")
    @APIResponse(responseCode = "200", description = "The totals")
    public VolunteerHoursView hours(
            @PathParam("community") String community,
            @Parameter(description = "Calendar year; this year by default", example = "2026")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2100)
                    Integer year) {
        scope.require(community);
        int y = CommunityDays.orThisYear(year);
        return VolunteerHoursView.of(community, y, volunteerService.hours(community, scope.communities(), y));
    }
}
