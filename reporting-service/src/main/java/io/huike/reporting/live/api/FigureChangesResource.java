package io.huike.reporting.live.api;

import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.reporting.live.FiguresChanged;
import io.huike.reporting.live.LiveStreams;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** A server-sent event each time an applied event changes figures of a community in the caller's scope. */
@Path("/figure-changes")
@RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
@Tag(name = "Figures")
public class FigureChangesResource {

    private final LiveStreams streams;
    private final CallerScope scope;
    private final JsonWebToken token;

    FigureChangesResource(LiveStreams streams, CallerScope scope, JsonWebToken token) {
        this.streams = streams;
        this.scope = scope;
        this.token = token;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "streamFigureChanges",
            summary = "Stream which communities' figures changed, as server-sent events",
            description = "Each event's data is {communityId, eventType}, sent once the change is committed, only "
                    + "for communities in the caller's scope. A dashboard reloads its figures on each. The stream "
                    + "ends when the token that opened it expires (open a new one with a fresh token); one subject "
                    + "may hold a few streams at once (huike.reporting.live.max-streams-per-subject, 3).")
    @APIResponse(responseCode = "200", description = "The stream, until the token expires")
    @APIResponse(
            responseCode = "429",
            description = "The subject already holds as many streams as it may; see Retry-After")
    public Multi<FiguresChanged> changes() {
        Set<String> communities = Set.copyOf(scope.communities());
        String subject = token.getSubject() != null ? token.getSubject() : scope.subject();
        return streams.open(subject, communities, Instant.ofEpochSecond(token.getExpirationTime()));
    }
}
