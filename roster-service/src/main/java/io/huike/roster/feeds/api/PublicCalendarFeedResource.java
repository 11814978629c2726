package io.huike.roster.feeds.api;

import io.huike.kernel.refusals.NotFound;
import io.huike.roster.feeds.CalendarFeedService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Members' duty shifts as iCalendar feeds (RFC 5545) that phone calendars subscribe to. */
@Path("/calendar-feeds")
@Tag(name = "Duty rosters")
public class PublicCalendarFeedResource {

    /** RFC 5545's media type. */
    public static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    private final CalendarFeedService feeds;

    PublicCalendarFeedResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/{token}.ics")
    @Produces(TEXT_CALENDAR)
    @PermitAll
    @Operation(
            operationId = "getCalendarFeed",
            summary = "A member's duty shifts as iCalendar",
            description = "No bearer token: phone calendars cannot send one, so the secret in the URL is the "
                    + "credential. From two months back on, one event per shift.")
    @APIResponse(responseCode = "200", description = "text/calendar")
    @APIResponse(responseCode = "404", description = "No feed with this secret (perhaps renewed since)")
    public String feed(@PathParam("token") String token) {
        return feeds.feed(token).orElseThrow(() -> new NotFound("No such calendar feed"));
    }
}
