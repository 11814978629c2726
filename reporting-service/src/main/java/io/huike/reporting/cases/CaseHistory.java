package io.huike.reporting.cases;

import io.huike.kernel.calendar.WorkingDays;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Folds a case's events, in sequence order, into its fact row. Events that arrive in order continue the row;
 * folding the whole history again when one arrives out of order makes the result independent of the order in which
 * events arrive. A case whose registration has not arrived yet has no row.
 */
public final class CaseHistory {

    private CaseHistory() {}

    public static Optional<CaseFact> fold(
            UUID caseId, String communityId, List<CaseEvent> inSequence, long lastSequence, WorkingDays workingDays) {
        if (inSequence.stream().noneMatch(CaseEvent.Registered.class::isInstance)) {
            return Optional.empty();
        }
        CaseFact fact = new CaseFact();
        fact.caseId = caseId;
        fact.communityId = communityId;
        continueWith(fact, inSequence, lastSequence, workingDays);
        return Optional.of(fact);
    }

    /**
     * Folds events that follow every event already in the fact row, in sequence order, into it: the same result as
     * folding the whole history again, without reading it.
     */
    public static void continueWith(
            CaseFact fact, List<CaseEvent> laterInSequence, long lastSequence, WorkingDays workingDays) {
        laterInSequence.forEach(event -> apply(fact, event));
        fact.lastSequence = Math.max(fact.lastSequence, lastSequence);
        fact.workingDaysToFirstContact = workingDaysBetween(fact.cycleStartedAt, fact.firstContactAt, workingDays);
        fact.workingDaysToFeedback = workingDaysBetween(fact.cycleStartedAt, fact.feedbackAt, workingDays);
    }

    private static void apply(CaseFact fact, CaseEvent event) {
        if (event instanceof CaseEvent.Registered r) {
            fact.trackingNumber = r.trackingNumber();
            fact.channel = r.channel();
            fact.category = r.category();
            fact.urgency = r.urgency();
            fact.title = r.title();
            fact.gridId = r.gridId();
            fact.registeredAt = r.registeredAt();
            fact.cycleStartedAt = r.registeredAt();
            fact.firstContactDueAt = r.firstContactDueAt();
            fact.feedbackDueAt = r.feedbackDueAt();
            fact.status = "REGISTERED";
        } else if (event instanceof CaseEvent.Assigned a) {
            fact.assigneeId = a.assigneeId();
            fact.status = "ASSIGNED";
        } else if (event instanceof CaseEvent.HandlingStarted h) {
            if (fact.firstContactAt == null) {
                fact.firstContactAt = h.startedAt();
            }
            fact.status = "IN_PROGRESS";
        } else if (event instanceof CaseEvent.Referred) {
            fact.status = "REFERRED";
        } else if (event instanceof CaseEvent.Escalated) {
            fact.status = "ESCALATED";
        } else if (event instanceof CaseEvent.ReferralAnswered || event instanceof CaseEvent.EscalationAnswered) {
            fact.status = "IN_PROGRESS";
        } else if (event instanceof CaseEvent.Resolved r) {
            fact.outcome = r.outcome();
            fact.resolvedAt = r.resolvedAt();
            fact.status = "RESOLVED";
        } else if (event instanceof CaseEvent.FeedbackGiven f) {
            fact.satisfaction = f.satisfaction();
            fact.feedbackAt = f.toldAt();
            fact.status = "FEEDBACK_GIVEN";
        } else if (event instanceof CaseEvent.Closed c) {
            fact.outcome = c.outcome() != null ? c.outcome() : fact.outcome;
            fact.closedAt = c.closedAt();
            fact.status = "CLOSED";
        } else if (event instanceof CaseEvent.Reopened r) {
            reopen(fact, r);
        } else if (event instanceof CaseEvent.Extended e) {
            if ("FIRST_CONTACT".equals(e.deadline())) {
                fact.firstContactDueAt = e.newDueAt();
            } else {
                fact.feedbackDueAt = e.newDueAt();
            }
        } else if (event instanceof CaseEvent.Overdue o) {
            if ("FIRST_CONTACT".equals(o.deadline())) {
                fact.firstContactOverdue = true;
            } else {
                fact.feedbackOverdue = true;
            }
        } else if (event instanceof CaseEvent.DuplicateLinked d) {
            fact.duplicateOf = d.duplicateOf();
        } else if (event instanceof CaseEvent.HotlineOrderAcknowledged a) {
            fact.hotlineAcknowledgedAt = a.acknowledgedAt();
            fact.hotlineAcknowledgeDueAt = a.dueAt();
        } else if (event instanceof CaseEvent.ReturnedToHotline r) {
            fact.outcome = CaseFact.RETURNED_TO_HOTLINE;
            fact.closedAt = r.returnedAt();
            fact.status = "CLOSED";
        }
    }

    /**
     * A reopened case starts a new cycle: both clocks restart and the previous result no longer stands; a 12345 work
     * order sent back to be done again (重办) must be signed for anew.
     */
    private static void reopen(CaseFact fact, CaseEvent.Reopened r) {
        fact.reopenCount++;
        fact.cycleStartedAt = r.reopenedAt();
        fact.firstContactDueAt = r.firstContactDueAt();
        fact.feedbackDueAt = r.feedbackDueAt();
        fact.firstContactAt = null;
        fact.feedbackAt = null;
        fact.satisfaction = null;
        fact.outcome = null;
        fact.resolvedAt = null;
        fact.closedAt = null;
        fact.firstContactOverdue = false;
        fact.feedbackOverdue = false;
        fact.hotlineAcknowledgedAt = null;
        fact.hotlineAcknowledgeDueAt = null;
        fact.status = "REOPENED";
    }

    private static Integer workingDaysBetween(Instant start, Instant end, WorkingDays workingDays) {
        if (start == null || end == null) {
            return null;
        }
        return workingDays.workingDaysBetween(
                start.atZone(CaseFact.ZONE).toLocalDate(),
                end.atZone(CaseFact.ZONE).toLocalDate());
    }
}
