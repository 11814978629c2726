package io.huike.cases.api;

import io.huike.cases.CaseAction;
import io.huike.cases.Category;
import io.huike.cases.Channel;
import io.huike.cases.ContactMethod;
import io.huike.cases.DeadlineKind;
import io.huike.cases.HotlineOrder;
import io.huike.cases.Outcome;
import io.huike.cases.Satisfaction;
import io.huike.cases.Urgency;
import io.huike.kernel.cases.CaseStatus;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case as callers see it; the resident's numbers are masked unless the caller's role needs them. {@code registeredAt}
 * is when the matter was raised; {@code enteredAt} and {@code enteredBy}, when and by whom it was typed in, are given
 * only when that was later (an entry from the paper log, or a reception visit recorded after it ended).
 */
public record CaseView(
        UUID id,
        String communityId,
        String trackingNumber,
        Channel channel,
        Category category,
        Urgency urgency,
        String title,
        String description,
        String gridId,

        @Schema(description = "Where the matter is, when its channel said (Open311); null otherwise")
        Place place,

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
        UUID duplicateOf,
        UUID receptionVisitId,
        UUID concernId,
        String hotlineReference,

        @Schema(description = "Where the 12345 work order stands with the hotline; null for any other channel")
        HotlineOrderView hotlineOrder,

        long version) {

    /** Where the matter is: an address, a point (WGS 84 degrees), or both. */
    public record Place(String address, Double latitude, Double longitude) {}

    /** The resident who raised the case; phone and ID number possibly masked. */
    public record Resident(String name, String phone, String idNumber) {}

    /** A promise to the resident: when it is due, when it was met, whether it passed unmet. */
    public record Deadline(Instant dueAt, Instant metAt, boolean overdue) {}

    /** An extension a handler asked for and an admin has yet to decide. */
    public record PendingExtension(DeadlineKind deadline, Instant until, String reason) {}

    /** How the handling ended. */
    public record Resolution(
            Outcome outcome, String reason, String referredTo, String actionsTaken, Instant resolvedAt) {}

    /**
     * A 12345 work order's round trip: signed for (签收) by its time limit or late, returnable (退单) until
     * {@code returnUntil}, replied to (回复), called back (回访), and how often it was sent back to be done again (重办).
     */
    public record HotlineOrderView(
            HotlineOrder.State state,
            Instant acknowledgeDueAt,
            Instant acknowledgedAt,
            String acknowledgedBy,
            boolean acknowledgementLate,
            Instant returnUntil,
            Instant returnedAt,
            Instant repliedAt,
            String reply,
            Instant calledBackAt,
            int redoCount) {}

    /** How and when the resident was told, and what they said. */
    public record Feedback(ContactMethod method, Instant toldAt, Satisfaction satisfaction, String comment) {}
}
