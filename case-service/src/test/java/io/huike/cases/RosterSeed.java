package io.huike.cases;

import io.huike.testing.RosterAnnouncements;

/** The roster's announcements as case-service's copy of the roster holds them. */
final class RosterSeed {

    private static final RosterAnnouncements ANNOUNCE = new RosterAnnouncements(new RosterAnnouncements.CopyQueries(
            "select 1 from known_community where id = ?",
            "select 1 from roster_member where member_id = ? and community_id = ?",
            "select 1 from known_grid where grid_id = ? and community_id = ?",
            "select 1 from known_room where room_id = ? and community_id = ?"));

    private RosterSeed() {}

    static void community(String community) {
        ANNOUNCE.community(community);
    }

    static void member(String community, String memberId, String... skills) {
        ANNOUNCE.member(community, memberId, skills);
    }

    static void grid(String community, String gridId) {
        ANNOUNCE.grid(community, gridId);
    }

    static void room(String community, String roomId) {
        ANNOUNCE.room(community, roomId);
    }
}
