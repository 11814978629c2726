package io.huike.outreach.cadence;

/** How often a cadence asks for its activity. */
public enum CadencePeriod {
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    YEARLY,
    /** Within some days before each public holiday of the official calendar (节前走访). */
    BEFORE_HOLIDAYS
}
