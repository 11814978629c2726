package io.huike.outreach.households;

/** Whether a household is still looked after. */
public enum HouseholdStatus {
    ACTIVE,
    MOVED_AWAY,
    NO_LONGER_IN_NEED,
    DECEASED
}
