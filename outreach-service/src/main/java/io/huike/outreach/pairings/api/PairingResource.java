package io.huike.outreach.pairings.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.pairings.PairingService;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.versioning.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Establishes, ends and reads pairings, and records what their members do with the households. */
@Path("/communities/{community}/pairings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pairings and the four ones")
public class PairingResource {

    private final PairingService pairingService;
    private final CallerScope scope;

    PairingResource(PairingService pairingService, CallerScope scope) {
        this.pairingService = pairingService;
        this.scope = scope;
    }

    @POST
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "establishPairing",
            summary = "Pair a member with a household",
            description = "Publishes pairing.established.v1. A member id the roster has not announced yet is "
                    + "accepted as given; one the roster knows must be an active member of this community.")
    @APIResponse(
            responseCode = "201",
            description = "Established; ETag is the version",
            content = @Content(schema = @Schema(implementation = PairingView.class)))
    @APIResponse(responseCode = "409", description = "The member is already paired with the household")
    @APIResponse(
            responseCode = "422",
            description = "householdId or memberId is not one of the community's, or the member is inactive")
    public Response establish(
            @PathParam("community") String community, @NotNull @Valid EstablishPairingRequest request, UriInfo uri) {
        scope.require(community);
        var established = pairingService.establish(
                community,
                scope.communities(),
                request.memberId(),
                request.householdId(),
                request.startDate(),
                scope.subject());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(established.id().toString())
                        .build())
                .tag(IfMatch.tagOf(established.version()))
                .entity(PairingView.of(established))
                .build();
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listPairings",
            summary = "List a community's pairings by start date",
            description = "Optionally of one member or one household, or only the active ones.")
    @APIResponse(responseCode = "200", description = "One page of pairings")
    public List<PairingView> list(
            @PathParam("community") String community,
            @QueryParam("memberId") UUID memberId,
            @QueryParam("householdId") UUID householdId,
            @QueryParam("active") @DefaultValue("false") boolean activeOnly,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        scope.require(community);
        return pairingService
                .list(
                        community,
                        scope.communities(),
                        memberId == null ? null : memberId.toString(),
                        householdId,
                        activeOnly,
                        page,
                        size)
                .stream()
                .map(PairingView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getPairing", summary = "Read a pairing")
    @APIResponse(
            responseCode = "200",
            description = "The pairing; ETag is its version",
            content = @Content(schema = @Schema(implementation = PairingView.class)))
    @APIResponse(responseCode = "404", description = "No such pairing in this community and scope")
    public Response get(@PathParam("community") String community, @PathParam("id") UUID id) {
        var found = pairingService.get(id, community, scope.communities());
        return Response.ok(PairingView.of(found))
                .tag(IfMatch.tagOf(found.version()))
                .build();
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "endPairing",
            summary = "End a pairing",
            description = "Publishes pairing.ended.v1. Send If-Match with the ETag.")
    @APIResponse(
            responseCode = "200",
            description = "Ended; ETag is the new version",
            content = @Content(schema = @Schema(implementation = PairingView.class)))
    @APIResponse(responseCode = "404", description = "No such pairing in this community and scope")
    @APIResponse(responseCode = "409", description = "The pairing already ended")
    @APIResponse(responseCode = "412", description = "The pairing changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response end(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EndPairingRequest request) {
        scope.require(community);
        var ended = pairingService.end(
                id,
                community,
                scope.communities(),
                IfMatch.version(ifMatch),
                request.endDate(),
                request.reason(),
                scope.subject());
        return Response.ok(PairingView.of(ended))
                .tag(IfMatch.tagOf(ended.version()))
                .build();
    }

    @POST
    @Path("/{id}/activities")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "recordPairingActivity",
            summary = "Record one of the four ones or another visit",
            description = "Publishes outreach-activity.recorded.v1 (without the notes).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location is the activity",
            headers =
                    @Header(
                            name = "Location",
                            description = "The activity recorded",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "A field is at fault, e.g. a day in the future")
    @APIResponse(responseCode = "404", description = "No such pairing in this community and scope")
    @APIResponse(
            responseCode = "422",
            description = "The day is outside the pairing, or memberId is not a member of the community")
    public Response record(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @NotNull @Valid RecordActivityRequest request,
            UriInfo uri) {
        scope.require(community);
        var recorded = pairingService.record(
                id,
                community,
                scope.communities(),
                request.memberId(),
                request.kind(),
                request.doneOn(),
                request.notes(),
                scope.subject());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(recorded.id().toString())
                        .build())
                .entity(ActivityView.of(recorded))
                .build();
    }

    @GET
    @Path("/{id}/activities/{activityId}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getPairingActivity", summary = "Read one activity of a pairing")
    @APIResponse(
            responseCode = "200",
            description = "The activity",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "No such pairing in this community and scope, or no such activity")
    public ActivityView activity(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @PathParam("activityId") UUID activityId) {
        return ActivityView.of(pairingService.activity(id, activityId, community, scope.communities()));
    }

    @GET
    @Path("/{id}/activities")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "listPairingActivities", summary = "A pairing's activities, newest first")
    @APIResponse(responseCode = "200", description = "The activities")
    @APIResponse(responseCode = "404", description = "No such pairing in this community and scope")
    public List<ActivityView> activities(@PathParam("community") String community, @PathParam("id") UUID id) {
        return pairingService.activities(id, community, scope.communities()).stream()
                .map(ActivityView::of)
                .toList();
    }
}
