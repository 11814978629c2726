package io.huike.workbench.cases.client;

import io.huike.kernel.cases.CaseStatus;
import io.huike.workbench.cases.CaseAction;
import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.ContactMethod;
import io.huike.workbench.cases.DeadlineKind;
import io.huike.workbench.cases.Outcome;
import io.huike.workbench.cases.Satisfaction;
import io.huike.workbench.cases.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A case as case-service shows it; the timeline and referrals come only with a single case. The resident's phone is
 * masked for roles that do not need it. {@code enteredAt} and {@code enteredBy} are given only when the case was typed
 * in later than it was raised (from the paper log).
 */
public record CaseRecord(
        String id,
        String communityId,
        String trackingNumber,
        String channel,
        Category category,
        Urgency urgency,
        String title,
        String description,
        String gridId,
        Resident resident,
        CaseStatus status,
        Set<CaseAction> allowedActions,
        String assigneeId,
        Instant registeredAt,
        String registeredBy,
        Instant enteredAt,
        String enteredBy,
        Deadline firstContact,
        Deadline feedback,
        boolean overdue,
        PendingExtension pendingExtension,
        Resolution resolution,
        Feedback feedbackGiven,
        int reopenCount,
        String duplicateOf,
        String receptionVisitId,
        String hotlineReference,
        HotlineOrder hotlineOrder,
        long version,
        List<TimelineLine> timeline,
        List<ReferralRecord> referrals) {

    public record Resident(String name, String phone) {}

    /** A promise to the resident: when it is due, when it was met, whether it passed unmet. */
    public record Deadline(Instant dueAt, Instant metAt, boolean overdue) {}

    public record PendingExtension(DeadlineKind deadline, Instant until, String reason) {}

    /**
     * Where a 12345 work order stands with the hotline: DISPATCHED (to be signed for), ACKNOWLEDGED, REPLIED,
     * CALLED_BACK or RETURNED; null for a case from any other channel.
     */
    public record HotlineOrder(
            String state,
            Instant acknowledgeDueAt,
            Instant acknowledgedAt,
            boolean acknowledgementLate,
            Instant returnUntil,
            Instant repliedAt,
            String reply,
            int redoCount) {

        public boolean awaitsSignature() {
            return "DISPATCHED".equals(state);
        }

        public boolean returnable(Instant now) {
            return returnUntil != null && !now.isAfter(returnUntil) && repliedAt == null;
        }
    }

    public record Resolution(
            Outcome outcome, String reason, String referredTo, String actionsTaken, Instant resolvedAt) {}

    public record Feedback(ContactMethod method, Instant toldAt, Satisfaction satisfaction, String comment) {}

    /**
     * One line of the timeline: a note or an action, internal or shareable with the resident; {@code enteredAt} when
     * it was typed in later than it happened.
     */
    public record TimelineLine(
            Instant at, String actor, String kind, boolean shareable, String text, Instant enteredAt) {}

    /** A referral to an outside body and its reply, once recorded. */
    public record ReferralRecord(
            String id,
            String body,
            String contact,
            String theirReference,
            LocalDate expectedReplyBy,
            Instant referredAt,
            String answer,
            Instant repliedAt) {

        public boolean awaitsAnswer() {
            return answer == null;
        }
    }

    public boolean urgent() {
        return urgency == Urgency.URGENT;
    }

    public Set<CaseAction> allowedActions() {
        return allowedActions == null ? Set.of() : allowedActions;
    }

    public List<TimelineLine> timeline() {
        return timeline == null ? List.of() : timeline;
    }

    public List<ReferralRecord> referrals() {
        return referrals == null ? List.of() : referrals;
    }
}
