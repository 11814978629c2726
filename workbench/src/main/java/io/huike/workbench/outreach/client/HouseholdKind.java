package io.huike.workbench.outreach.client;

/** Why a household is looked after. */
public enum HouseholdKind {
    ELDERLY_LIVING_ALONE,
    HARDSHIP,
    DISABILITY,
    LOW_INCOME,
    OTHER
}
