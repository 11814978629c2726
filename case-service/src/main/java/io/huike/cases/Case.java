package io.huike.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One matter raised by residents (事项), tracked from registration to closing. */
@Entity
@Table(name = "cases")
public class Case {

    @Id
    private UUID id;
    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;
    @Column(name = "tracking_number", nullable = false, updatable = false)
    private String trackingNumber;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private Category category;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    @Column(name = "grid_id")
    private String gridId;
    private String description;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;
    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;
    /** The version its events carry; one more with every event. */
    private long sequence;
    @Version
    private long version;

    protected Case() {
    }

    /** Registers a new case; the event is what the outbox publishes. */
    public static Registration register(String communityId, String trackingNumber, Channel channel, Category category,
            Urgency urgency, String gridId, String description, String registeredBy, Instant now) {
        Case c = new Case();
        c.id = UUID.randomUUID();
        c.communityId = communityId;
        c.trackingNumber = trackingNumber;
        c.channel = channel;
        c.category = category;
        c.urgency = urgency == null ? Urgency.NORMAL : urgency;
        c.gridId = gridId;
        c.description = description;
        c.status = CaseStatus.REGISTERED;
        c.registeredAt = now;
        c.registeredBy = registeredBy;
        c.sequence = 1;
        CaseRegistered event = new CaseRegistered(c.id, trackingNumber, channel, category, c.urgency, gridId, now,
                registeredBy);
        return new Registration(c, event);
    }

    /** A new case together with the event that announces it. */
    public record Registration(Case registered, CaseRegistered event) {
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Channel channel() {
        return channel;
    }

    public Category category() {
        return category;
    }

    public Urgency urgency() {
        return urgency;
    }

    public String gridId() {
        return gridId;
    }

    public String description() {
        return description;
    }

    public CaseStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public long sequence() {
        return sequence;
    }

    public long version() {
        return version;
    }
}
