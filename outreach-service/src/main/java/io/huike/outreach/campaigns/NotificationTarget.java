package io.huike.outreach.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One person or household on a notification campaign's list. */
@Entity
@Table(name = "notification_target")
public class NotificationTarget {

    @Id
    private UUID id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private UUID campaignId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "household_id", updatable = false)
    private UUID householdId;

    @Column(name = "resident_name", updatable = false)
    private String residentName;

    @Column(name = "grid_id", updatable = false)
    private String gridId;

    protected NotificationTarget() {}

    NotificationTarget(UUID campaignId, int position, UUID householdId, String residentName, String gridId) {
        this.id = UUID.randomUUID();
        this.campaignId = campaignId;
        this.position = position;
        this.householdId = householdId;
        this.residentName = residentName;
        this.gridId = gridId;
    }

    public UUID id() {
        return id;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public UUID householdId() {
        return householdId;
    }

    public String residentName() {
        return residentName;
    }

    public String gridId() {
        return gridId;
    }
}
