package io.huike.outreach.roster;

import io.huike.kernel.refusals.UnknownReferences;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses a request that names a community, member or grid the roster has not announced for the community: an
 * unknown community is 404, a member or grid unknown or of another community is 422 naming the field. Checked against
 * the roster copy, so a community or member registered moments ago may be "not known yet" until its event arrives.
 */
@ApplicationScoped
public class RosterReferences {

    private final RosterCopy roster;

    RosterReferences(RosterCopy roster) {
        this.roster = roster;
    }

    /** The community must be one the roster has announced. */
    public void requireCommunity(String community) {
        if (!roster.knowsCommunity(community)) {
            throw UnknownReferences.unknownCommunity(community);
        }
    }

    /** A member id, when given, must be one the roster announced as the community's. */
    public void requireMember(String community, String field, String memberId) {
        if (memberId != null && !roster.knowsMember(community, memberId)) {
            throw UnknownReferences.unknownReference(field, "member", memberId, community);
        }
    }

    /** A grid id, when given, must be one the roster drew in the community. */
    public void requireGrid(String community, String field, String gridId) {
        if (gridId != null && !roster.knowsGrid(community, gridId)) {
            throw UnknownReferences.unknownReference(field, "grid", gridId, community);
        }
    }
}
