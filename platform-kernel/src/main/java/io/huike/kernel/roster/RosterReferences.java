package io.huike.kernel.roster;

import io.huike.kernel.refusals.UnknownReferences;

/**
 * Refuses a request that names a community, member, grid or room the roster has not announced for the community: an
 * unknown community is not found, a reference unknown or of another community breaks a rule naming the field. Checked
 * against the service's copy of the roster, so a record registered moments ago may be "not known yet" until its event
 * arrives. A reference is optional wherever it is checked: null passes.
 */
public class RosterReferences {

    private final KnownRoster roster;

    public RosterReferences(KnownRoster roster) {
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

    public void requireGrid(String community, String field, String gridId) {
        if (gridId != null && !roster.knowsGrid(community, gridId)) {
            throw UnknownReferences.unknownReference(field, "grid", gridId, community);
        }
    }

    public void requireRoom(String community, String field, String roomId) {
        if (roomId != null && !roster.knowsRoom(community, roomId)) {
            throw UnknownReferences.unknownReference(field, "reception room", roomId, community);
        }
    }
}
