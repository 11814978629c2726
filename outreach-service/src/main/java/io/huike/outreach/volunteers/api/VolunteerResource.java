package io.huike.outreach.volunteers.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.volunteers.VolunteerService;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signs up a community's volunteers and lists them, optionally by skill. */
@Path("/communities/{community}/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
public class VolunteerResource {

    private final VolunteerService volunteerService;
    private final CallerScope scope;

    VolunteerResource(VolunteerService volunteerService, CallerScope scope) {
        this.volunteerService = volunteerService;
        this.scope = scope;
    }

    @POST
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "signUpVolunteer",
            summary = "Sign up a resident or a member as a volunteer, with skills and availability")
    @APIResponse(
            responseCode = "201",
            description = "Signed up; Location is the volunteer",
            headers =
                    @Header(
                            name = "Location",
                            description = "The volunteer signed up",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "A field is at fault; the problem names it")
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    @APIResponse(responseCode = "422", description = "memberId is not a member of the community")
    public Response signUp(
            @PathParam("community") String community, @NotNull @Valid SignUpRequest request, UriInfo uri) {
        scope.require(community);
        var volunteer = volunteerService.signUp(
                community,
                request.name(),
                request.memberId(),
                request.skills() == null ? Set.of() : request.skills(),
                request.availability(),
                request.availableFrom(),
                request.availableUntil(),
                scope.subject());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(volunteer.id().toString())
                        .build())
                .entity(VolunteerView.of(volunteer))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getVolunteer", summary = "Read one volunteer")
    @APIResponse(
            responseCode = "200",
            description = "The volunteer",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer in this community and scope")
    public VolunteerView get(@PathParam("community") String community, @PathParam("id") UUID id) {
        return VolunteerView.of(volunteerService.get(id, community, scope.communities()));
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listVolunteers",
            summary = "A community's volunteers by name; with skill, only those who have it")
    @APIResponse(responseCode = "200", description = "The volunteers")
    public List<VolunteerView> list(@PathParam("community") String community, @QueryParam("skill") String skill) {
        scope.require(community);
        return volunteerService.list(community, scope.communities(), skill).stream()
                .map(VolunteerView::of)
                .toList();
    }
}
