package io.huike.cases.webhooks.api;

import io.huike.cases.webhooks.WebhookSubscription;
import io.huike.cases.webhooks.WebhookSubscriptions;
import io.huike.kernel.roles.Roles;
import io.huike.kernel.roster.RosterReferences;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.validation.PlainText;
import io.huike.plumbing.versioning.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Integrating systems and community admins subscribe a URL to some of the community's event types; each event is
 * then posted there, signed as Standard Webhooks say. The secret is answered when subscribing and when rotating.
 */
@Path("/communities/{community}/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATION_CLIENT, Roles.COMMUNITY_ADMIN})
@Tag(name = "Webhooks")
public class WebhookSubscriptionResource {

    private static final String IF_MATCH = "If-Match";

    private final WebhookSubscriptions subscriptions;
    private final CallerScope scope;
    private final RosterReferences references;

    WebhookSubscriptionResource(WebhookSubscriptions subscriptions, CallerScope scope, RosterReferences references) {
        this.subscriptions = subscriptions;
        this.scope = scope;
        this.references = references;
    }

    /** A new subscription. */
    public record Subscribe(
            @NotBlank
            @Size(max = 2000)
            @Schema(
                    description = "http or https, to a public address",
                    example = "https://hotline.example.gov.cn/hooks/huike")
            String url,

            @NotEmpty
            @Size(max = 40)
            @Schema(description = "CloudEvent types of the catalogue", example = "[\"case.resolved.v1\"]")
            List<@NotBlank String> eventTypes,

            @Size(max = 200) @PlainText @Schema(description = "What the subscription is for", example = "12345 热线办结通知")
            String description) {}

    /** A subscription as listed: never its secret. */
    public record SubscriptionView(
            UUID id,
            String url,
            List<String> eventTypes,
            String description,
            WebhookSubscription.Status status,
            long version,
            Instant createdAt,
            String createdBy,

            @Schema(description = "Until when the secret replaced by the last rotation still signs too")
            Instant previousSecretValidUntil) {

        static SubscriptionView of(WebhookSubscription s) {
            return new SubscriptionView(
                    s.id(),
                    s.url(),
                    s.eventTypes(),
                    s.description(),
                    s.status(),
                    s.version(),
                    s.createdAt(),
                    s.createdBy(),
                    s.previousSecretUntil());
        }
    }

    /** A subscription with its signing secret: answered when subscribing and rotating, never again. */
    public record SubscriptionWithSecret(
            UUID id,
            String url,
            List<String> eventTypes,
            WebhookSubscription.Status status,
            long version,

            @Schema(description = "whsec_ and the base64 of 32 random bytes; not shown again")
            String secret,

            Instant previousSecretValidUntil) {

        static SubscriptionWithSecret of(WebhookSubscription s) {
            return new SubscriptionWithSecret(
                    s.id(), s.url(), s.eventTypes(), s.status(), s.version(), s.secret(), s.previousSecretUntil());
        }
    }

    /** A delivery put back to be sent again. */
    public record Redelivery(UUID id, String status, Instant nextAttemptAt) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "subscribeWebhook",
            summary = "Subscribe a URL to some of the community's event types",
            description =
                    "The answer holds the signing secret, this once. The URL must resolve to public addresses only.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "hotline",
                                            value = "{\"url\":\"https://hotline.example.gov.cn/hooks/huike\","
                                                    + "\"eventTypes\":[\"case.resolved.v1\",\"case.closed.v1\"],"
                                                    + "\"description\":\"12345 热线办结通知\"}")))
    @APIResponse(
            responseCode = "201",
            description = "Subscribed",
            content = @Content(schema = @Schema(implementation = SubscriptionWithSecret.class)))
    @APIResponse(responseCode = "400", description = "A field at fault: an unknown event type, a URL not allowed")
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    public Response subscribe(
            @PathParam("community") String community, @NotNull @Valid Subscribe request, UriInfo uri) {
        scope.require(community);
        references.requireCommunity(community);
        WebhookSubscription created = subscriptions.subscribe(
                community, request.url().strip(), request.eventTypes(), request.description(), scope.subject(), now());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .tag(IfMatch.tagOf(created.version()))
                .entity(SubscriptionWithSecret.of(created))
                .build();
    }

    @GET
    @Operation(
            operationId = "listWebhookSubscriptions",
            summary = "The community's webhook subscriptions, oldest first")
    public List<SubscriptionView> list(@PathParam("community") String community) {
        scope.require(community);
        return subscriptions.of(community).stream().map(SubscriptionView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "One subscription, with its version as ETag")
    @APIResponse(
            responseCode = "200",
            description = "The subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription in this community")
    public Response get(@PathParam("community") String community, @PathParam("id") UUID id) {
        scope.require(community);
        return viewed(subscriptions.get(community, id));
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disableWebhookSubscription", summary = "Stop sending and recording until enabled again")
    @APIResponse(
            responseCode = "200",
            description = "Disabled",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription in this community")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response disable(
            @PathParam("community") String community, @PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch) {
        scope.require(community);
        return viewed(subscriptions.disable(community, id, IfMatch.version(ifMatch)));
    }

    @POST
    @Path("/{id}/enable")
    @Operation(
            operationId = "enableWebhookSubscription",
            summary = "Send again: a disabled or failing subscription resumes, its failed deliveries first")
    @APIResponse(
            responseCode = "200",
            description = "Enabled",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription in this community")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response enable(
            @PathParam("community") String community, @PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch) {
        scope.require(community);
        return viewed(subscriptions.enable(community, id, IfMatch.version(ifMatch), now()));
    }

    @POST
    @Path("/{id}/secret-rotation")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "A new signing secret, answered this once; the old one signs too until the overlap ends")
    @APIResponse(
            responseCode = "200",
            description = "Rotated",
            content = @Content(schema = @Schema(implementation = SubscriptionWithSecret.class)))
    @APIResponse(responseCode = "404", description = "No such subscription in this community")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response rotateSecret(
            @PathParam("community") String community, @PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch) {
        scope.require(community);
        WebhookSubscription rotated = subscriptions.rotateSecret(community, id, IfMatch.version(ifMatch), now());
        return Response.ok(SubscriptionWithSecret.of(rotated))
                .tag(IfMatch.tagOf(rotated.version()))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Delete a subscription with its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription in this community")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response delete(
            @PathParam("community") String community, @PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch) {
        scope.require(community);
        subscriptions.delete(community, id, IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary =
                    "The subscription's deliveries, newest first, each with its attempts: when, HTTP status, latency, error")
    @APIResponse(
            responseCode = "200",
            description = "The delivery log",
            content = @Content(schema = @Schema(implementation = WebhookSubscriptions.Delivery[].class)))
    @APIResponse(responseCode = "404", description = "No such subscription in this community")
    public List<WebhookSubscriptions.Delivery> deliveries(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        scope.require(community);
        return subscriptions.deliveries(community, id, limit);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    @Operation(
            operationId = "redeliverWebhook",
            summary = "Send one delivery again, with the same webhook-id and a fresh round of retries")
    @APIResponse(
            responseCode = "202",
            description = "To be sent again",
            content = @Content(schema = @Schema(implementation = Redelivery.class)))
    @APIResponse(responseCode = "404", description = "No such subscription or delivery in this community")
    public Response redeliver(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @PathParam("deliveryId") UUID deliveryId) {
        scope.require(community);
        Instant now = now();
        subscriptions.redeliver(community, id, deliveryId, now);
        return Response.accepted(new Redelivery(deliveryId, "PENDING", now)).build();
    }

    private static Response viewed(WebhookSubscription subscription) {
        return Response.ok(SubscriptionView.of(subscription))
                .tag(IfMatch.tagOf(subscription.version()))
                .build();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
