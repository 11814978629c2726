package io.huike.outreach.visits.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.visits.VisitService;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The visit log: records visits with the concerns found on them, and shows each with its concerns' outcomes. */
@Path("/communities/{community}/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Visits and concerns")
public class VisitResource {

    private final VisitService visitService;
    private final CallerScope scope;

    VisitResource(VisitService visitService, CallerScope scope) {
        this.visitService = visitService;
        this.scope = scope;
    }

    @POST
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "recordHomeVisit",
            summary = "Record a visit and the concerns found on it",
            description = "Each concern publishes concern.raised.v1; the case service registers it as a case with "
                    + "channel HOME_VISIT, and its outcome appears on the concern and the visit once the case is "
                    + "closed.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded, with its concerns",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "400", description = "A field is at fault, e.g. a phone number in a concern")
    @APIResponse(
            responseCode = "422",
            description =
                    "householdId, campaignId or memberId is not the community's, or a household not on the campaign")
    public Response record(
            @PathParam("community") String community, @NotNull @Valid RecordVisitRequest request, UriInfo uri) {
        scope.require(community);
        var concerns = request.concerns() == null
                ? List.<VisitService.NewConcern>of()
                : request.concerns().stream()
                        .map(c -> new VisitService.NewConcern(c.category(), c.urgency(), c.title(), c.description()))
                        .toList();
        var recorded = visitService.record(
                community,
                scope.communities(),
                new VisitService.NewVisit(
                        request.householdId(),
                        request.campaignId(),
                        request.memberId(),
                        request.visitedOn(),
                        request.notes(),
                        concerns),
                scope.subject());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(recorded.visit().id().toString())
                        .build())
                .entity(VisitView.of(recorded))
                .build();
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listHomeVisits",
            summary = "The visit log, newest first, optionally of one household or one campaign")
    @APIResponse(responseCode = "200", description = "The visits with their concerns")
    public List<VisitView> list(
            @PathParam("community") String community,
            @QueryParam("householdId") UUID householdId,
            @QueryParam("campaignId") UUID campaignId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        scope.require(community);
        return visitService.list(community, scope.communities(), householdId, campaignId, page, size).stream()
                .map(VisitView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getHomeVisit", summary = "A visit with its concerns and their outcomes")
    @APIResponse(responseCode = "200", description = "The visit")
    @APIResponse(responseCode = "404", description = "No such visit in this community and scope")
    public VisitView get(@PathParam("community") String community, @PathParam("id") UUID id) {
        return VisitView.of(visitService.get(id, community, scope.communities()));
    }
}
