package io.huike.outreach.visits;

/**
 * Where a concern stands on its way back to the household: raised, registered as a case, closed with an outcome,
 * crossed off the household's ledger once the household was told (销号).
 */
public enum ConcernStatus {
    RAISED,
    CASE_REGISTERED,
    CLOSED,
    CROSSED_OFF
}
