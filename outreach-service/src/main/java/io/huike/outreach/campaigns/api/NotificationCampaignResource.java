package io.huike.outreach.campaigns.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.campaigns.NotificationCampaign;
import io.huike.outreach.campaigns.NotificationCampaignService;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Notification campaigns (逐人排查): the list, each contact's outcome, and the progress. */
@Path("/communities/{community}/notification-campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notification campaigns")
public class NotificationCampaignResource {

    private final NotificationCampaignService campaignService;
    private final CallerScope scope;

    NotificationCampaignResource(NotificationCampaignService campaignService, CallerScope scope) {
        this.campaignService = campaignService;
        this.scope = scope;
    }

    @POST
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "launchNotificationCampaign",
            summary = "Launch a notification campaign over households and named residents")
    @APIResponse(
            responseCode = "201",
            description = "Launched, with its list",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", description = "A field is at fault; the problem names it")
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    @APIResponse(responseCode = "422", description = "A household or grid that is not the community's")
    public Response launch(
            @PathParam("community") String community, @NotNull @Valid LaunchCampaignRequest request, UriInfo uri) {
        scope.require(community);
        var people = request.targets().stream()
                .map(t -> new NotificationCampaign.Person(t.householdId(), t.residentName(), t.gridId()))
                .toList();
        var launched = campaignService.launch(
                community,
                scope.communities(),
                request.title(),
                request.purpose(),
                request.dueDate(),
                people,
                scope.subject());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(launched.id().toString())
                        .build())
                .entity(CampaignView.of(campaignService.state(launched.id(), community, scope.communities())))
                .build();
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listNotificationCampaigns",
            summary = "A community's notification campaigns with their progress, latest due date first")
    @APIResponse(responseCode = "200", description = "The campaigns")
    public List<CampaignView> list(@PathParam("community") String community) {
        scope.require(community);
        return campaignService.list(community, scope.communities()).stream()
                .map(CampaignView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "getNotificationCampaign",
            summary = "A notification campaign: progress, and everyone on the list with the latest contact")
    @APIResponse(responseCode = "200", description = "The campaign")
    @APIResponse(responseCode = "404", description = "No such campaign in this community and scope")
    public CampaignView get(@PathParam("community") String community, @PathParam("id") UUID id) {
        return CampaignView.of(campaignService.state(id, community, scope.communities()));
    }

    @POST
    @Path("/{id}/targets/{targetId}/contacts")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "recordCampaignContact",
            summary = "Record the outcome of contacting someone on the list",
            description = "Publishes campaign.contact-recorded.v1 (without name or note). The latest contact with "
                    + "a person is the one that counts for the progress.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location is the contact",
            headers =
                    @Header(
                            name = "Location",
                            description = "The contact recorded",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign in this community and scope, or no such person on it")
    public Response contact(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @PathParam("targetId") UUID targetId,
            @NotNull @Valid RecordContactRequest request,
            UriInfo uri) {
        scope.require(community);
        var recorded = campaignService.recordContact(
                id,
                targetId,
                community,
                scope.communities(),
                request.outcome(),
                request.note(),
                request.contactedAt(),
                scope.subject());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(recorded.id().toString())
                        .build())
                .entity(ContactView.of(recorded))
                .build();
    }

    @GET
    @Path("/{id}/targets/{targetId}/contacts/{contactId}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getCampaignContact", summary = "Read one recorded contact with someone on the list")
    @APIResponse(
            responseCode = "200",
            description = "The contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign in this community and scope, or no such contact with this person on it")
    public ContactView contactOf(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @PathParam("targetId") UUID targetId,
            @PathParam("contactId") UUID contactId) {
        return ContactView.of(campaignService.contact(id, targetId, contactId, community, scope.communities()));
    }
}
