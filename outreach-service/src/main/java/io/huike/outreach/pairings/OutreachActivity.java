package io.huike.outreach.pairings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One thing a paired member did with the household (帮扶活动). Recorded once, never changed. */
@Entity
@Table(name = "outreach_activity")
public class OutreachActivity {

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    @Column(name = "pairing_id", nullable = false, updatable = false)
    private UUID pairingId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ActivityKind kind;

    @Column(name = "done_on", nullable = false, updatable = false)
    private LocalDate doneOn;

    @Column(updatable = false)
    private String notes;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected OutreachActivity() {}

    OutreachActivity(
            Pairing pairing,
            String memberId,
            ActivityKind kind,
            LocalDate doneOn,
            String notes,
            String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.communityId = pairing.communityId();
        this.pairingId = pairing.id();
        this.householdId = pairing.householdId();
        this.memberId = memberId;
        this.kind = kind;
        this.doneOn = doneOn;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public UUID pairingId() {
        return pairingId;
    }

    public UUID householdId() {
        return householdId;
    }

    public String memberId() {
        return memberId;
    }

    public ActivityKind kind() {
        return kind;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
