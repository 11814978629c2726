package io.huike.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a 12345 work order stands with the hotline that dispatched it (接诉即办): signed for (签收) within the
 * hotline's time limit or late, returned (退单) within its return window, replied to (回复), called back (回访), and
 * sent back for redoing (重办) when the resident was not satisfied. Only the rules of the order live here; the case
 * moves its own status.
 */
@Embeddable
public class HotlineOrder {

    /** The hotline's client, whose terms apply; null when the case is not a work order. */
    @Column(name = "hotline")
    private String hotline;

    @Column(name = "hotline_acknowledge_due")
    private Instant acknowledgeDue;

    @Column(name = "hotline_acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "hotline_acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "hotline_acknowledged_late")
    private Boolean acknowledgedLate;

    @Column(name = "hotline_return_until")
    private Instant returnUntil;

    @Column(name = "hotline_returned_at")
    private Instant returnedAt;

    @Column(name = "hotline_return_reason")
    private String returnReason;

    @Column(name = "hotline_replied_at")
    private Instant repliedAt;

    @Column(name = "hotline_reply")
    private String reply;

    @Column(name = "hotline_called_back_at")
    private Instant calledBackAt;

    @Column(name = "hotline_redo_count", nullable = false)
    private int redoCount;

    /** Where an order stands, from the hotline's side. */
    public enum State {
        DISPATCHED,
        ACKNOWLEDGED,
        REPLIED,
        CALLED_BACK,
        RETURNED
    }

    protected HotlineOrder() {}

    /** Not a work order: a case from any other channel. */
    static HotlineOrder none() {
        return new HotlineOrder();
    }

    /** An order dispatched at {@code dispatchedAt} under the hotline's terms. */
    public static HotlineOrder dispatched(String hotline, HotlineTerms.Limits limits, Instant dispatchedAt) {
        HotlineOrder order = new HotlineOrder();
        order.hotline = hotline;
        order.acknowledgeDue = dispatchedAt.plus(limits.acknowledgeWithin());
        order.returnUntil = dispatchedAt.plus(limits.returnWithin());
        return order;
    }

    public boolean exists() {
        return hotline != null;
    }

    public State state() {
        if (returnedAt != null) {
            return State.RETURNED;
        }
        if (calledBackAt != null) {
            return State.CALLED_BACK;
        }
        if (repliedAt != null) {
            return State.REPLIED;
        }
        return acknowledgedAt == null ? State.DISPATCHED : State.ACKNOWLEDGED;
    }

    /** Signed for late, or not signed for with the time limit passed. */
    public boolean acknowledgementLate(Instant now) {
        return acknowledgedAt == null ? now.isAfter(acknowledgeDue) : Boolean.TRUE.equals(acknowledgedLate);
    }

    void acknowledge(String by, Instant now) {
        requireNotReturned();
        if (acknowledgedAt != null) {
            throw new CaseRuleViolation("hotlineOrder", "the order was already signed for at " + acknowledgedAt);
        }
        acknowledgedAt = now;
        acknowledgedBy = by;
        acknowledgedLate = now.isAfter(acknowledgeDue);
    }

    void returnToHotline(String reason, Instant now) {
        requireNotReturned();
        if (reason == null || reason.isBlank()) {
            throw new CaseRuleViolation("reason", "say why the order is not this community's");
        }
        if (repliedAt != null) {
            throw new CaseRuleViolation(
                    "hotlineOrder", "the hotline has been replied to; the order can no longer be returned");
        }
        if (now.isAfter(returnUntil)) {
            throw new CaseRuleViolation("hotlineOrder", "the return window closed at " + returnUntil);
        }
        returnedAt = now;
        returnReason = reason.strip();
    }

    void reply(String text, Instant now) {
        requireNotReturned();
        if (text == null || text.isBlank()) {
            throw new CaseRuleViolation("reply", "say what was done, as the resident will be told");
        }
        if (acknowledgedAt == null) {
            throw new CaseRuleViolation("hotlineOrder", "sign for the order before replying");
        }
        if (repliedAt != null) {
            throw new CaseRuleViolation("hotlineOrder", "the hotline was already replied to at " + repliedAt);
        }
        repliedAt = now;
        reply = text.strip();
    }

    /** The hotline's callback to the resident (回访); an unsatisfied one sends the order back to be done again. */
    void calledBack(boolean redo, Duration acknowledgeWithin, Instant now) {
        requireNotReturned();
        if (repliedAt == null) {
            throw new CaseRuleViolation("hotlineOrder", "the hotline calls back only after the community replied");
        }
        if (!redo) {
            calledBackAt = now;
            return;
        }
        redoCount++;
        acknowledgeDue = now.plus(acknowledgeWithin);
        acknowledgedAt = null;
        acknowledgedBy = null;
        acknowledgedLate = null;
        repliedAt = null;
        reply = null;
        calledBackAt = null;
    }

    private void requireNotReturned() {
        if (returnedAt != null) {
            throw new CaseRuleViolation("hotlineOrder", "the order was returned to the hotline at " + returnedAt);
        }
    }

    public String hotline() {
        return hotline;
    }

    public Instant acknowledgeDue() {
        return acknowledgeDue;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant returnUntil() {
        return returnUntil;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public String returnReason() {
        return returnReason;
    }

    public Instant repliedAt() {
        return repliedAt;
    }

    public String reply() {
        return reply;
    }

    public Instant calledBackAt() {
        return calledBackAt;
    }

    public int redoCount() {
        return redoCount;
    }
}
