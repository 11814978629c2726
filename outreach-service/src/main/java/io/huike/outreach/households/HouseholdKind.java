package io.huike.outreach.households;

/** Why a household is looked after. */
public enum HouseholdKind {
    ELDERLY_LIVING_ALONE,
    HARDSHIP,
    DISABILITY,
    LOW_INCOME,
    OTHER
}
