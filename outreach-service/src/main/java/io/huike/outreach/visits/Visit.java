package io.huike.outreach.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One visit to a household by a member, in a campaign or not (下访). Recorded once, never changed. */
@Entity
public class Visit {

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "campaign_id", updatable = false)
    private UUID campaignId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private String memberId;

    @Column(name = "visited_on", nullable = false, updatable = false)
    private LocalDate visitedOn;

    @Column(updatable = false)
    private String notes;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Visit() {}

    Visit(
            String communityId,
            UUID householdId,
            UUID campaignId,
            String memberId,
            LocalDate visitedOn,
            String notes,
            String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.communityId = communityId;
        this.householdId = householdId;
        this.campaignId = campaignId;
        this.memberId = memberId;
        this.visitedOn = visitedOn;
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

    public UUID householdId() {
        return householdId;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public String memberId() {
        return memberId;
    }

    public LocalDate visitedOn() {
        return visitedOn;
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
