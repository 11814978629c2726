package io.huike.reporting.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The case events this service reads, each as a small record of only the fields it needs (tolerant reader): the
 * rest of each payload is ignored, so the case service may add fields without breaking the figures.
 */
public sealed interface CaseEvent {

    /** Event type → the record its payload is read into. */
    Map<String, Class<? extends CaseEvent>> TYPES = Map.ofEntries(
            Map.entry("case.registered.v1", Registered.class),
            Map.entry("case.assigned.v1", Assigned.class),
            Map.entry("case.handling-started.v1", HandlingStarted.class),
            Map.entry("case.referred.v1", Referred.class),
            Map.entry("case.referral-answered.v1", ReferralAnswered.class),
            Map.entry("case.escalated.v1", Escalated.class),
            Map.entry("case.escalation-answered.v1", EscalationAnswered.class),
            Map.entry("case.resolved.v1", Resolved.class),
            Map.entry("case.feedback-given.v1", FeedbackGiven.class),
            Map.entry("case.closed.v1", Closed.class),
            Map.entry("case.reopened.v1", Reopened.class),
            Map.entry("case.extended.v1", Extended.class),
            Map.entry("case.overdue.v1", Overdue.class),
            Map.entry("case.duplicate-linked.v1", DuplicateLinked.class),
            Map.entry("case.hotline-order-acknowledged.v1", HotlineOrderAcknowledged.class),
            Map.entry("case.returned-to-hotline.v1", ReturnedToHotline.class));

    /** When it happened by the payload's own clock; null for an event whose payload carries no time. */
    Instant occurredAt();

    /** {@code case.registered.v1}: what the case is about, where, and its first deadlines. */
    record Registered(
            String trackingNumber,
            String channel,
            String category,
            String urgency,
            String title,
            String gridId,
            Instant registeredAt,
            Instant firstContactDueAt,
            Instant feedbackDueAt)
            implements CaseEvent {
        public Instant occurredAt() {
            return registeredAt;
        }
    }

    /** {@code case.assigned.v1}: the handler it was given to. */
    record Assigned(String assigneeId, Instant assignedAt) implements CaseEvent {
        public Instant occurredAt() {
            return assignedAt;
        }
    }

    /** {@code case.handling-started.v1}: the handler began, usually with the first contact. */
    record HandlingStarted(String handlerId, boolean firstContact, Instant startedAt) implements CaseEvent {
        public Instant occurredAt() {
            return startedAt;
        }
    }

    /** {@code case.referred.v1}: passed to an outside body (转办), whose reply is awaited. */
    record Referred(UUID referralId, String body, LocalDate expectedReplyBy, Instant referredAt) implements CaseEvent {
        public Instant occurredAt() {
            return referredAt;
        }
    }

    /** {@code case.referral-answered.v1}: the outside body replied. */
    record ReferralAnswered(UUID referralId, Instant repliedAt) implements CaseEvent {
        public Instant occurredAt() {
            return repliedAt;
        }
    }

    /** {@code case.escalated.v1}: put on a committee meeting's agenda. */
    record Escalated(String meetingMonth, String reason, Instant escalatedAt) implements CaseEvent {
        public Instant occurredAt() {
            return escalatedAt;
        }
    }

    /** {@code case.escalation-answered.v1}: the meeting's decision. */
    record EscalationAnswered(String decision, Instant answeredAt) implements CaseEvent {
        public Instant occurredAt() {
            return answeredAt;
        }
    }

    /** {@code case.resolved.v1}: handled, with its outcome. */
    record Resolved(String outcome, Instant resolvedAt) implements CaseEvent {
        public Instant occurredAt() {
            return resolvedAt;
        }
    }

    /** {@code case.feedback-given.v1}: the resident was told the result, and how satisfied they are. */
    record FeedbackGiven(String satisfaction, Instant toldAt) implements CaseEvent {
        public Instant occurredAt() {
            return toldAt;
        }
    }

    /** {@code case.closed.v1}: closed, with its outcome when not given before. */
    record Closed(String outcome, Instant closedAt) implements CaseEvent {
        public Instant occurredAt() {
            return closedAt;
        }
    }

    /** {@code case.reopened.v1}: the resident was not satisfied; a new cycle with new deadlines. */
    record Reopened(Instant reopenedAt, Instant firstContactDueAt, Instant feedbackDueAt) implements CaseEvent {
        public Instant occurredAt() {
            return reopenedAt;
        }
    }

    /** {@code case.extended.v1}: a deadline moved. */
    record Extended(String deadline, Instant newDueAt) implements CaseEvent {
        public Instant occurredAt() {
            return null;
        }
    }

    /** {@code case.overdue.v1}: a deadline passed unmet. */
    record Overdue(String deadline, Instant dueAt) implements CaseEvent {
        public Instant occurredAt() {
            return dueAt;
        }
    }

    /** {@code case.duplicate-linked.v1}: the case repeats an earlier one. */
    record DuplicateLinked(UUID duplicateOf, Instant linkedAt) implements CaseEvent {
        public Instant occurredAt() {
            return linkedAt;
        }
    }

    /** {@code case.hotline-order-acknowledged.v1}: a 12345 work order signed for (签收), and the hotline's limit. */
    record HotlineOrderAcknowledged(Instant acknowledgedAt, Instant dueAt) implements CaseEvent {
        public Instant occurredAt() {
            return acknowledgedAt;
        }
    }

    /** {@code case.returned-to-hotline.v1}: the work order was not this community's (退单); the case is closed. */
    record ReturnedToHotline(Instant returnedAt) implements CaseEvent {
        public Instant occurredAt() {
            return returnedAt;
        }
    }
}
