package io.huike.cases.assignment;

import io.huike.kernel.refusals.UnknownReferences;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses a request that names a community, member, grid or room the roster has not announced for the community:
 * an unknown community is 404, a reference unknown or of another community is 422 naming the field. Checked against
 * the local copy, so a community or member registered moments ago may be "not known yet" until its event arrives.
 */
@ApplicationScoped
public class RosterReferences {

    private final RosterCopy roster;

    RosterReferences(RosterCopy roster) {
        this.roster = roster;
    }

    public void requireCommunity(String community) {
        if (!roster.knowsCommunity(community)) {
            throw UnknownReferences.unknownCommunity(community);
        }
    }

    public void requireMember(String community, String field, String memberId) {
        if (memberId != null && !roster.knowsMember(community, memberId)) {
            throw UnknownReferences.unknownReference(field, "member", memberId, community);
        }
    }

    /** A grid is optional on every request; when named it must be one of the community's. */
    public void requireGrid(String community, String field, String gridId) {
        if (gridId != null && !roster.knowsGrid(community, gridId)) {
            throw UnknownReferences.unknownReference(field, "grid", gridId, community);
        }
    }

    /** A room is optional on a visit; when named it must be one of the community's. */
    public void requireRoom(String community, String field, String roomId) {
        if (roomId != null && !roster.knowsRoom(community, roomId)) {
            throw UnknownReferences.unknownReference(field, "reception room", roomId, community);
        }
    }
}
