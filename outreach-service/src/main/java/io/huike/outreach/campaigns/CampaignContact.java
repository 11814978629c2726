package io.huike.outreach.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One contact with someone on a notification campaign: the outcome, who made it and when. */
@Entity
@Table(name = "notification_contact")
public class CampaignContact {

    @Id
    private UUID id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private UUID campaignId;

    @Column(name = "target_id", nullable = false, updatable = false)
    private UUID targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactOutcome outcome;

    @Column(updatable = false)
    private String note;

    @Column(name = "contacted_by", nullable = false, updatable = false)
    private String contactedBy;

    @Column(name = "contacted_at", nullable = false, updatable = false)
    private Instant contactedAt;

    protected CampaignContact() {}

    CampaignContact(
            UUID campaignId,
            UUID targetId,
            ContactOutcome outcome,
            String note,
            String contactedBy,
            Instant contactedAt) {
        this.id = UUID.randomUUID();
        this.campaignId = campaignId;
        this.targetId = targetId;
        this.outcome = outcome;
        this.note = note;
        this.contactedBy = contactedBy;
        this.contactedAt = contactedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public UUID targetId() {
        return targetId;
    }

    public ContactOutcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }

    public String contactedBy() {
        return contactedBy;
    }

    public Instant contactedAt() {
        return contactedAt;
    }
}
