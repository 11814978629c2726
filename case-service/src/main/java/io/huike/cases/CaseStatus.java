package io.huike.cases;

/** Where a case stands in its lifecycle, from registration to closing. */
public enum CaseStatus {
    REGISTERED,
    ASSIGNED,
    IN_PROGRESS,
    REFERRED,
    ESCALATED,
    RESOLVED,
    FEEDBACK_GIVEN,
    CLOSED,
    REOPENED
}
