package io.huike.outreach.communities;

import io.huike.kernel.refusals.UnknownReferences;
import io.huike.outreach.members.KnownMembers;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses a request that names a community, member or grid the roster has not announced for the community: an
 * unknown community is 404, a member or grid unknown or of another community is 422 naming the field. Checked against
 * the local copies, so a community or member registered moments ago may be "not known yet" until its event arrives.
 */
@ApplicationScoped
public class RosterReferences {

    private final KnownCommunities communities;
    private final KnownMembers members;
    private final KnownGrids grids;

    RosterReferences(KnownCommunities communities, KnownMembers members, KnownGrids grids) {
        this.communities = communities;
        this.members = members;
        this.grids = grids;
    }

    public void requireCommunity(String community) {
        if (!communities.knows(community)) {
            throw UnknownReferences.unknownCommunity(community);
        }
    }

    /** A member id, when given, must be one the roster announced as the community's. */
    public void requireMember(String community, String field, String memberId) {
        if (memberId != null
                && members.find(memberId)
                        .filter(m -> m.communityId().equals(community))
                        .isEmpty()) {
            throw UnknownReferences.unknownReference(field, "member", memberId, community);
        }
    }

    /** A grid id, when given, must be one the roster drew in the community. */
    public void requireGrid(String community, String field, String gridId) {
        if (gridId != null && !grids.knows(community, gridId)) {
            throw UnknownReferences.unknownReference(field, "grid", gridId, community);
        }
    }
}
