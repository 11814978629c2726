package io.huike.outreach.pairings;

/** Why a pairing ended. */
public enum EndReason {
    HOUSEHOLD_NO_LONGER_IN_NEED,
    HOUSEHOLD_MOVED_AWAY,
    HOUSEHOLD_DECEASED,
    MEMBER_LEFT,
    REASSIGNED,
    OTHER
}
