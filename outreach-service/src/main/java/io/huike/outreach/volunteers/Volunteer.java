package io.huike.outreach.volunteers;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A resident or member who signed up to volunteer (志愿者), e.g. a student home for the summer. */
@Entity
public class Volunteer {

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    private String name;

    @Column(name = "member_id")
    private String memberId;
    /** Fetched in batches, so that a list of volunteers does not read its skills one volunteer at a time. */
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "volunteer_skill", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "skill")
    private Set<String> skills = new TreeSet<>();

    private String availability;

    @Column(name = "available_from")
    private LocalDate availableFrom;

    @Column(name = "available_until")
    private LocalDate availableUntil;

    @Column(name = "signed_up_at", nullable = false, updatable = false)
    private Instant signedUpAt;

    @Column(name = "signed_up_by", nullable = false, updatable = false)
    private String signedUpBy;

    @Version
    private long version;

    protected Volunteer() {}

    /**
     * Signs a resident or member up; the event is what the outbox publishes.
     *
     * @param memberId the roster's member id when a member signs up; null for a resident
     */
    public static SigningUp signUp(
            String communityId,
            String name,
            String memberId,
            Set<String> skills,
            String availability,
            LocalDate availableFrom,
            LocalDate availableUntil,
            String signedUpBy,
            Instant now) {
        Volunteer v = new Volunteer();
        v.id = UUID.randomUUID();
        v.communityId = communityId;
        v.name = name;
        v.memberId = memberId;
        v.skills = new TreeSet<>(skills);
        v.availability = availability;
        v.availableFrom = availableFrom;
        v.availableUntil = availableUntil;
        v.signedUpAt = now;
        v.signedUpBy = signedUpBy;
        return new SigningUp(
                v,
                new VolunteerSignedUp(
                        v.id, memberId, List.copyOf(v.skills), availableFrom, availableUntil, signedUpBy, now));
    }

    /** A volunteer just signed up, and the event that announces it. */
    public record SigningUp(Volunteer volunteer, VolunteerSignedUp event) {}

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String name() {
        return name;
    }

    public String memberId() {
        return memberId;
    }

    public Set<String> skills() {
        return Set.copyOf(skills);
    }

    public String availability() {
        return availability;
    }

    public LocalDate availableFrom() {
        return availableFrom;
    }

    public LocalDate availableUntil() {
        return availableUntil;
    }

    public Instant signedUpAt() {
        return signedUpAt;
    }
}
