package io.huike.outreach.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** One household a visit campaign plans to visit, and the member assigned to it. */
@Embeddable
public class VisitTarget {

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "member_id", nullable = false)
    private String memberId;

    protected VisitTarget() {}

    public VisitTarget(UUID householdId, String memberId) {
        this.householdId = householdId;
        this.memberId = memberId;
    }

    public UUID householdId() {
        return householdId;
    }

    public String memberId() {
        return memberId;
    }
}
