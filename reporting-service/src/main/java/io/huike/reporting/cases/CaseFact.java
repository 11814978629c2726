package io.huike.reporting.cases;

import io.huike.kernel.calendar.OfficialCalendar;
import io.huike.kernel.cases.CaseStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One case as its events describe it, folded from them in sequence order ({@link CaseHistory}); every case figure
 * is computed from these rows. Deadlines, contact, outcome and satisfaction are those of the current cycle: a
 * reopening starts a new one.
 */
@Entity
@Table(name = "case_fact")
public class CaseFact {

    /** Days, months and deadlines are counted in the communities' own time zone. */
    public static final ZoneId ZONE = OfficialCalendar.ZONE;

    /** The channel of the 12345 hotline's work orders. */
    public static final String HOTLINE_12345 = "HOTLINE_12345";

    /** The outcome of a work order returned to the hotline (退单) as not this community's. */
    public static final String RETURNED_TO_HOTLINE = "RETURNED_TO_HOTLINE";

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "community_id")
    public String communityId;

    @Column(name = "tracking_number")
    public String trackingNumber;

    public String channel;
    public String category;
    public String urgency;
    public String title;

    @Column(name = "grid_id")
    public String gridId;

    public String status;

    @Column(name = "assignee_id")
    public String assigneeId;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "cycle_started_at")
    public Instant cycleStartedAt;

    @Column(name = "first_contact_due_at")
    public Instant firstContactDueAt;

    @Column(name = "feedback_due_at")
    public Instant feedbackDueAt;

    @Column(name = "first_contact_at")
    public Instant firstContactAt;

    @Column(name = "feedback_at")
    public Instant feedbackAt;

    public String satisfaction;
    public String outcome;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "reopen_count")
    public int reopenCount;

    @Column(name = "first_contact_overdue")
    public boolean firstContactOverdue;

    @Column(name = "feedback_overdue")
    public boolean feedbackOverdue;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "working_days_to_first_contact")
    public Integer workingDaysToFirstContact;

    @Column(name = "working_days_to_feedback")
    public Integer workingDaysToFeedback;

    /** When the work order was signed for in the current cycle; null when not (yet), or not a work order. */
    @Column(name = "hotline_acknowledged_at")
    public Instant hotlineAcknowledgedAt;

    /** The hotline's limit for signing for it, as the acknowledgement told it. */
    @Column(name = "hotline_acknowledge_due_at")
    public Instant hotlineAcknowledgeDueAt;

    @Column(name = "last_sequence")
    public long lastSequence;

    public boolean isOpen() {
        return CaseStatus.holds(CaseStatus::isOpen, status);
    }

    /** The first contact is late: not made, and its deadline passed (announced by the case service, or by now). */
    public boolean firstContactLate(Instant now) {
        return firstContactAt == null && isOpen() && (firstContactOverdue || passed(firstContactDueAt, now));
    }

    /** The resident still waits for the result after the feedback deadline. */
    public boolean feedbackLate(Instant now) {
        return CaseStatus.holds(CaseStatus::awaitsFeedback, status) && (feedbackOverdue || passed(feedbackDueAt, now));
    }

    /** The first contact was made, by its deadline; a case without a deadline cannot be late. */
    public boolean firstContactOnTime() {
        return firstContactAt != null && (firstContactDueAt == null || !firstContactAt.isAfter(firstContactDueAt));
    }

    /** A 12345 work order dispatched to the community. */
    public boolean isHotlineOrder() {
        return HOTLINE_12345.equals(channel);
    }

    /** The work order was signed for in the current cycle after the hotline's limit. */
    public boolean hotlineAcknowledgedLate() {
        return hotlineAcknowledgedAt != null
                && hotlineAcknowledgeDueAt != null
                && hotlineAcknowledgedAt.isAfter(hotlineAcknowledgeDueAt);
    }

    /** Open with a deadline passed unmet: the case is on the supervision list. */
    public boolean overdue(Instant now) {
        return firstContactLate(now) || feedbackLate(now);
    }

    private static boolean passed(Instant deadline, Instant now) {
        return deadline != null && now.isAfter(deadline);
    }
}
