package io.huike.reporting.live.api;

import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.scoping.Roles;
import io.huike.reporting.live.FigureChangeFeed;
import io.huike.reporting.live.FiguresChanged;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** A server-sent event each time an applied event changes figures of a community in the caller's scope. */
@Path("/figure-changes")
@RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
public class FigureChangesResource {

    private final FigureChangeFeed feed;
    private final CallerScope scope;

    FigureChangesResource(FigureChangeFeed feed, CallerScope scope) {
        this.feed = feed;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Stream which communities' figures changed, as server-sent events",
            description = "Each event's data is {communityId, eventType}, sent once the change is committed, only "
                    + "for communities in the caller's scope. A dashboard reloads its figures on each.")
    public Multi<FiguresChanged> changes() {
        Set<String> communities = Set.copyOf(scope.communities());
        return feed.of(communities);
    }
}
