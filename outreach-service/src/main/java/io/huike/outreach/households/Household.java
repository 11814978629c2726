package io.huike.outreach.households;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A household in difficulty or an elderly person living alone (帮扶对象), looked after by paired members. */
@Entity
public class Household {

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    private String name;

    @Enumerated(EnumType.STRING)
    private HouseholdKind kind;

    private String address;

    @Column(name = "grid_id")
    private String gridId;

    private String needs;

    @Enumerated(EnumType.STRING)
    private HouseholdStatus status;
    /** Fetched in batches, so that a page of households does not read its contacts one household at a time. */
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "household_contact", joinColumns = @JoinColumn(name = "household_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @Version
    private long version;

    protected Household() {}

    public static Household register(
            String communityId,
            String name,
            HouseholdKind kind,
            String address,
            String gridId,
            String needs,
            List<Contact> contacts,
            String registeredBy,
            Instant now) {
        Household h = new Household();
        h.id = UUID.randomUUID();
        h.communityId = communityId;
        h.name = name;
        h.kind = kind;
        h.address = address;
        h.gridId = gridId;
        h.needs = needs;
        h.status = HouseholdStatus.ACTIVE;
        h.contacts = new ArrayList<>(contacts);
        h.registeredAt = now;
        h.registeredBy = registeredBy;
        return h;
    }

    /** Changes what the community knows of the household; the kind and the community stay. */
    public void revise(
            String name, String address, String gridId, String needs, HouseholdStatus status, List<Contact> contacts) {
        this.name = name;
        this.address = address;
        this.gridId = gridId;
        this.needs = needs;
        this.status = status;
        this.contacts.clear();
        this.contacts.addAll(contacts);
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String name() {
        return name;
    }

    public HouseholdKind kind() {
        return kind;
    }

    public String address() {
        return address;
    }

    public String gridId() {
        return gridId;
    }

    public String needs() {
        return needs;
    }

    public HouseholdStatus status() {
        return status;
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public long version() {
        return version;
    }
}
