package io.huike.cases;

/** What a case is about (类别); deadlines and the skills that match it are set per category. */
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
