package io.huike.outreach.volunteers.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.CommunityDays;
import io.huike.outreach.volunteers.Serving;
import io.huike.outreach.volunteers.VolunteerService;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Records volunteer activities with the people who served, and lists them. */
@Path("/communities/{community}/volunteer-activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
public class VolunteerActivityResource {

    private final VolunteerService volunteerService;
    private final CallerScope scope;

    VolunteerActivityResource(VolunteerService volunteerService, CallerScope scope) {
        this.volunteerService = volunteerService;
        this.scope = scope;
    }

    @POST
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "recordVolunteerActivity",
            summary = "Record a volunteer activity with who served and for how many hours")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location is the activity",
            headers =
                    @Header(
                            name = "Location",
                            description = "The activity recorded",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VolunteerActivityView.class)))
    @APIResponse(responseCode = "400", description = "A field is at fault, e.g. a volunteer listed twice")
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    @APIResponse(responseCode = "422", description = "A volunteer who is not in this community")
    public Response record(
            @PathParam("community") String community,
            @NotNull @Valid RecordVolunteerActivityRequest request,
            UriInfo uri) {
        scope.require(community);
        var served = request.served().stream()
                .map(s -> new Serving(s.volunteerId(), s.hours()))
                .toList();
        var activity = volunteerService.record(
                community,
                scope.communities(),
                request.title(),
                request.heldOn(),
                request.description(),
                served,
                scope.subject());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(activity.id().toString())
                        .build())
                .entity(VolunteerActivityView.of(activity))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getVolunteerActivity", summary = "Read one volunteer activity")
    @APIResponse(
            responseCode = "200",
            description = "The activity",
            content = @Content(schema = @Schema(implementation = VolunteerActivityView.class)))
    @APIResponse(responseCode = "404", description = "No such activity in this community and scope")
    public VolunteerActivityView get(@PathParam("community") String community, @PathParam("id") UUID id) {
        return VolunteerActivityView.of(volunteerService.activity(id, community, scope.communities()));
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "listVolunteerActivities", summary = "A year's volunteer activities, the latest first")
    @APIResponse(responseCode = "200", description = "The activities")
    public List<VolunteerActivityView> list(
            @PathParam("community") String community,
            @Parameter(description = "Calendar year; this year by default", example = "2026")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2100)
                    Integer year) {
        scope.require(community);
        return volunteerService.activities(community, scope.communities(), CommunityDays.orThisYear(year)).stream()
                .map(VolunteerActivityView::of)
                .toList();
    }
}
