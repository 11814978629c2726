package io.huike.roster.rosters.api;

import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.scoping.Roles;
import io.huike.roster.rosters.CalendarFeeds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Creates and renews the secret URLs of members' iCalendar feeds. */
@Path("/communities/{community}/calendar-feeds/{id}")
@Tag(name = "Duty rosters")
public class CalendarFeedResource {

    private final CalendarFeeds feeds;
    private final CallerScope scope;

    CalendarFeedResource(CalendarFeeds feeds, CallerScope scope) {
        this.feeds = feeds;
        this.scope = scope;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(
            summary = "Create or renew a member's calendar feed",
            description = "Returns the secret subscription URL, once; renewing makes the previous URL stop working.")
    @APIResponse(responseCode = "201", description = "The subscription URL")
    @APIResponse(responseCode = "404", description = "No such member in a community of the caller")
    public Response renew(@PathParam("community") String community, @PathParam("id") UUID id, UriInfo uri) {
        String token = feeds.renew(community, id, scope.communities());
        var url = uri.getBaseUriBuilder()
                .path("calendar-feeds")
                .path(token + ".ics")
                .build();
        return Response.created(url).entity(new CalendarFeedView(url)).build();
    }
}
