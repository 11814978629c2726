package io.huike.roster.swaps.api;

import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.roster.swaps.SwapService;
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

/** Swap requests between members: ask, accept, approve, decline. */
@Path("/communities/{community}/swap-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Swaps and attendance")
public class SwapResource {

    private final SwapService swaps;
    private final CallerScope scope;

    SwapResource(SwapService swaps, CallerScope scope) {
        this.swaps = swaps;
        this.scope = scope;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "askForSwap",
            summary = "Ask another member to take a shift",
            description = "With counterShiftId the two members exchange shifts; without, the other simply takes it.")
    @APIResponse(
            responseCode = "201",
            description = "Asked; state REQUESTED",
            content = @Content(schema = @Schema(implementation = SwapView.class)))
    @APIResponse(
            responseCode = "422",
            description = "shiftId, toMemberId or counterShiftId is not a shift or member of the community")
    @APIResponse(
            responseCode = "409",
            description = "The shift already has an open request, the member is "
                    + "inactive or already has the shift, or the counter shift is not theirs")
    public Response ask(@PathParam("community") String community, @NotNull @Valid SwapAsk request, UriInfo uri) {
        scope.require(community);
        var asked = swaps.ask(
                community,
                request.shiftId(),
                request.toMemberId(),
                request.counterShiftId(),
                request.note(),
                scope.communities(),
                scope.subject());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(asked.id().toString()).build())
                .entity(SwapView.of(asked))
                .build();
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listOpenSwapRequests",
            summary = "Open swap requests (requested or accepted), oldest first")
    public List<SwapView> open(@PathParam("community") String community) {
        scope.require(community);
        return swaps.open(community, scope.communities()).stream()
                .map(SwapView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getSwapRequest", summary = "Read one swap request")
    @APIResponse(responseCode = "200", description = "The request and where it stands")
    @APIResponse(responseCode = "404", description = "No such request in a community of the caller")
    public SwapView get(@PathParam("community") String community, @PathParam("id") UUID id) {
        return SwapView.of(swaps.get(community, id, scope.communities()));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(operationId = "acceptSwapRequest", summary = "The other member accepts")
    @APIResponse(responseCode = "200", description = "Accepted; waits for an admin's approval")
    @APIResponse(responseCode = "409", description = "The request is no longer open")
    public SwapView accept(@PathParam("community") String community, @PathParam("id") UUID id) {
        return SwapView.of(swaps.accept(community, id, scope.communities(), scope.subject()));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "approveSwapRequest",
            summary = "An admin approves: the shifts change hands",
            description = "Publishes duty-shift.swapped.v1 for each shift that changed hands.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(
            responseCode = "409",
            description = "Not accepted yet, the shifts changed hands meanwhile, a member "
                    + "would be on duty twice on one day, or a shift was already kept")
    public SwapView approve(@PathParam("community") String community, @PathParam("id") UUID id) {
        return SwapView.of(swaps.approve(community, id, scope.communities(), scope.subject()));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(operationId = "declineSwapRequest", summary = "The other member or an admin declines")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "409", description = "The request is no longer open")
    public SwapView decline(@PathParam("community") String community, @PathParam("id") UUID id) {
        return SwapView.of(swaps.decline(community, id, scope.communities(), scope.subject()));
    }
}
