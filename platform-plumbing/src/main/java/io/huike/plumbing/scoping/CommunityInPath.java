package io.huike.plumbing.scoping;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses (403) every request whose path names a community outside the caller's token, before any resource runs,
 * so that the rule holds for every endpoint alike: without it, an endpoint that only looked its record up within
 * the caller's communities answered 404, as if the other community's record did not exist.
 */
public class CommunityInPath {

    private final SecurityIdentity identity;
    private final CallerScope scope;

    CommunityInPath(SecurityIdentity identity, CallerScope scope) {
        this.identity = identity;
        this.scope = scope;
    }

    @ServerRequestFilter
    public void refuseOtherCommunities(UriInfo uri) {
        String community = uri.getPathParameters().getFirst("community");
        // Without a token the endpoint's own security answers 401; public endpoints name no community.
        if (community != null && !identity.isAnonymous()) {
            scope.require(community);
        }
    }
}
