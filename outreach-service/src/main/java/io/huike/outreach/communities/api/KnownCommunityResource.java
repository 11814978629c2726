package io.huike.outreach.communities.api;

import io.huike.outreach.communities.KnownCommunities;
import io.huike.outreach.communities.KnownCommunity;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.scoping.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The communities this service has learned of from the roster, within the caller's scope. */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
public class KnownCommunityResource {

    private final KnownCommunities communities;
    private final CallerScope scope;

    KnownCommunityResource(KnownCommunities communities, CallerScope scope) {
        this.communities = communities;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    public List<KnownCommunity> list() {
        return communities.inScope(scope.communities());
    }
}
