package io.huike.workbench.outreach.client;

import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.Outcome;
import io.huike.workbench.cases.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A problem found on a visit, on its way back to the household: raised, registered as a case (its id and tracking
 * number), closed with the case's outcome and a result summary to tell the household, crossed off once told.
 */
public record ConcernRecord(
        String id,
        Category category,
        Urgency urgency,
        String title,
        String description,
        ConcernStatus status,
        String caseId,
        String trackingNumber,
        String outcome,
        String resultSummary,
        Instant closedAt,
        LocalDate crossedOffOn,
        long version) {

    /** The case's outcome as the case pages name it; null while the case is open or the outcome is unknown. */
    public Outcome outcomeKnown() {
        return Arrays.stream(Outcome.values())
                .filter(o -> o.name().equals(outcome))
                .findFirst()
                .orElse(null);
    }

    public boolean urgent() {
        return urgency == Urgency.URGENT;
    }

    /** Whether the case's result came back: the concern's case closed (and the household may have been told). */
    public boolean resultBack() {
        return status == ConcernStatus.CLOSED || status == ConcernStatus.CROSSED_OFF;
    }

    /** Whether the household may now be told and the concern crossed off (销号): its case closed, not yet crossed off. */
    public boolean awaitsCrossingOff() {
        return status == ConcernStatus.CLOSED;
    }

    /** Where a concern stands. */
    public enum ConcernStatus {
        RAISED,
        CASE_REGISTERED,
        CLOSED,
        CROSSED_OFF
    }
}
