package io.huike.roster.feeds.api;

import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.roster.feeds.CalendarFeedConfig;
import io.huike.roster.feeds.CalendarFeedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Creates and renews the secret URLs of members' iCalendar feeds. */
@Path("/communities/{community}/calendar-feeds/{id}")
@Tag(name = "Duty rosters")
public class CalendarFeedResource {

    private final CalendarFeedService feeds;
    private final CallerScope scope;
    private final JsonWebToken token;
    private final CalendarFeedConfig config;

    CalendarFeedResource(CalendarFeedService feeds, CallerScope scope, JsonWebToken token, CalendarFeedConfig config) {
        this.feeds = feeds;
        this.scope = scope;
        this.token = token;
        this.config = config;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "renewCalendarFeed",
            summary = "Create or renew a member's calendar feed",
            description = "Returns the secret subscription URL, once; renewing makes the previous URL stop working. "
                    + "Only the member (whose id is the token's subject) or a community admin may renew a feed. "
                    + "The URL starts with the configured public URL (huike.roster.public-url).")
    @APIResponse(
            responseCode = "201",
            description = "The subscription URL",
            content = @Content(schema = @Schema(implementation = CalendarFeedView.class)))
    @APIResponse(responseCode = "403", description = "The caller is neither the member nor a community admin")
    @APIResponse(responseCode = "404", description = "No such member in a community of the caller")
    public Response renew(
            @PathParam("community") String community, @PathParam("id") UUID id, SecurityContext security) {
        String secret = feeds.renew(
                community, id, scope.communities(), token.getSubject(), security.isUserInRole(Roles.COMMUNITY_ADMIN));
        var url = UriBuilder.fromUri(config.publicUrl())
                .path("calendar-feeds")
                .path(secret + ".ics")
                .build();
        return Response.created(url).entity(new CalendarFeedView(url)).build();
    }
}
