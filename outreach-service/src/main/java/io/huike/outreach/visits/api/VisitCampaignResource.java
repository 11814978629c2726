package io.huike.outreach.visits.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.visits.VisitService;
import io.huike.outreach.visits.VisitTarget;
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

/** Plans visit campaigns (走访) and shows how far each has come. */
@Path("/communities/{community}/visit-campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Visits and concerns")
public class VisitCampaignResource {

    private final VisitService visitService;
    private final CallerScope scope;

    VisitCampaignResource(VisitService visitService, CallerScope scope) {
        this.visitService = visitService;
        this.scope = scope;
    }

    @POST
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "planVisitCampaign",
            summary = "Plan a visit campaign over named households and whole grids",
            description = "A grid stands for its households that are active when the campaign is planned.")
    @APIResponse(
            responseCode = "201",
            description = "Planned, with its households",
            content = @Content(schema = @Schema(implementation = VisitCampaignView.class)))
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    @APIResponse(
            responseCode = "422",
            description = "A household, grid or member that is not the community's, or no household at all")
    public Response plan(
            @PathParam("community") String community, @NotNull @Valid PlanVisitCampaignRequest request, UriInfo uri) {
        scope.require(community);
        var households = request.households() == null
                ? List.<VisitTarget>of()
                : request.households().stream()
                        .map(h -> new VisitTarget(h.householdId(), h.memberId()))
                        .toList();
        var grids = request.grids() == null
                ? List.<VisitService.GridAssignment>of()
                : request.grids().stream()
                        .map(g -> new VisitService.GridAssignment(g.gridId(), g.memberId()))
                        .toList();
        var planned = visitService.plan(
                community,
                scope.communities(),
                new VisitService.NewCampaign(request.title(), request.purpose(), request.dueDate(), households, grids),
                scope.subject());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(planned.id().toString())
                        .build())
                .entity(VisitCampaignView.of(visitService.progress(planned.id(), community, scope.communities())))
                .build();
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listVisitCampaigns",
            summary = "A community's visit campaigns with their progress, latest due date first")
    @APIResponse(responseCode = "200", description = "The campaigns")
    public List<VisitCampaignView> list(@PathParam("community") String community) {
        scope.require(community);
        return visitService.campaigns(community, scope.communities()).stream()
                .map(VisitCampaignView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "getVisitCampaign",
            summary = "A visit campaign: its households, who visits each, which were visited")
    @APIResponse(responseCode = "200", description = "The campaign with its progress")
    @APIResponse(responseCode = "404", description = "No such campaign in this community and scope")
    public VisitCampaignView get(@PathParam("community") String community, @PathParam("id") UUID id) {
        return VisitCampaignView.of(visitService.progress(id, community, scope.communities()));
    }
}
