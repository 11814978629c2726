package io.huike.roster.rooms.api;

import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.roster.rooms.RoomService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A community's reception rooms and their shift templates. */
@Path("/communities/{community}/rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reception rooms")
public class RoomResource {

    private final RoomService rooms;
    private final CallerScope scope;

    RoomResource(RoomService rooms, CallerScope scope) {
        this.rooms = rooms;
        this.scope = scope;
    }

    @POST
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "openRoom",
            summary = "Open a reception room",
            description = "With the shifts of each reception day, e.g. a "
                    + "morning and an afternoon shift; shifts follow each other without overlapping.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "400", description = "A field is at fault, e.g. a shift that ends before it starts")
    @APIResponse(responseCode = "404", description = "No such community")
    public Response open(@PathParam("community") String community, @NotNull @Valid RoomRequest request, UriInfo uri) {
        scope.require(community);
        var room = rooms.open(
                community,
                scope.communities(),
                request.name(),
                request.location(),
                request.shifts().stream().map(RoomRequest.Shift::template).toList());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(room.id().toString()).build())
                .entity(RoomView.of(room))
                .build();
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "listRooms", summary = "List the community's reception rooms")
    public List<RoomView> list(@PathParam("community") String community) {
        scope.require(community);
        return rooms.list(community, scope.communities()).stream()
                .map(RoomView::of)
                .toList();
    }

    @GET
    @Path("/{room}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getRoom", summary = "Read one reception room")
    @APIResponse(responseCode = "200", description = "The room and its shifts")
    @APIResponse(responseCode = "404", description = "No such room in a community of the caller")
    public RoomView get(@PathParam("community") String community, @PathParam("room") UUID room) {
        return RoomView.of(rooms.get(community, room, scope.communities()));
    }
}
