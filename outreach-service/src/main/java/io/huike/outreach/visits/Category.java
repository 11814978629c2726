package io.huike.outreach.visits;

/** What a concern is about; the case service registers its case under the same category. */
public enum Category {
    POLICY_CONSULTATION,
    HARDSHIP_RELIEF,
    DISPUTE_MEDIATION,
    VOLUNTEER_SERVICE,
    WATER_DRAINAGE,
    POWER_LINES,
    GAS,
    SANITATION,
    RENOVATION,
    HEALTH,
    OTHER
}
