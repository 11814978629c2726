package io.huike.kernel.roster;

/** What a service has heard of the roster's records, in its own copy of the roster's events. */
public interface KnownRoster {

    boolean knowsCommunity(String community);

    /** Whether the roster announced this member as one of the community's. */
    boolean knowsMember(String community, String memberId);

    /** Whether the roster drew this grid in the community. */
    boolean knowsGrid(String community, String gridId);

    /** Whether the roster opened this reception room in the community; only a service that copies rooms knows. */
    default boolean knowsRoom(String community, String roomId) {
        throw new UnsupportedOperationException("This service keeps no copy of the roster's rooms");
    }
}
