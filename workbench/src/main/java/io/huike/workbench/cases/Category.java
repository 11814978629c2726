package io.huike.workbench.cases;

/** What a case is about (类别), as case-service names it. */
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
