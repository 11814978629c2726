package io.huike.workbench.cases;

import io.huike.kernel.cases.CaseStatus;
import io.huike.workbench.cases.client.CaseRecord;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Cases for tests, with only what a test cares about set. */
final class CaseRecordBuilder {

    private final CaseStatus status;
    private Set<CaseAction> allowed = Set.of();
    private CaseRecord.Deadline firstContact;
    private CaseRecord.Deadline feedback;
    private CaseRecord.PendingExtension pending;
    private List<CaseRecord.ReferralRecord> referrals = List.of();
    private CaseRecord.HotlineOrder hotlineOrder;

    CaseRecordBuilder(CaseStatus status) {
        this.status = status;
    }

    CaseRecordBuilder allowed(Set<CaseAction> allowed) {
        this.allowed = allowed;
        return this;
    }

    CaseRecordBuilder firstContact(CaseRecord.Deadline deadline) {
        this.firstContact = deadline;
        return this;
    }

    CaseRecordBuilder feedback(CaseRecord.Deadline deadline) {
        this.feedback = deadline;
        return this;
    }

    CaseRecordBuilder pending(CaseRecord.PendingExtension pending) {
        this.pending = pending;
        return this;
    }

    CaseRecordBuilder referrals(List<CaseRecord.ReferralRecord> referrals) {
        this.referrals = referrals;
        return this;
    }

    CaseRecordBuilder hotlineOrder(CaseRecord.HotlineOrder order) {
        this.hotlineOrder = order;
        return this;
    }

    CaseRecord build() {
        return new CaseRecord(
                "c1",
                "gulou",
                "GL-2026-000001",
                "RECEPTION_ROOM",
                Category.WATER_DRAINAGE,
                Urgency.NORMAL,
                "污水管堵塞",
                "杨先生家门口污水管堵塞",
                null,
                null,
                status,
                allowed,
                "m-wang",
                Instant.parse("2026-05-05T02:00:00Z"),
                "u-1",
                null,
                null,
                firstContact,
                feedback,
                false,
                pending,
                null,
                null,
                0,
                null,
                null,
                null,
                hotlineOrder,
                3,
                List.of(),
                referrals);
    }
}
