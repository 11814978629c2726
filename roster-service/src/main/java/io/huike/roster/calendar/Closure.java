package io.huike.roster.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A day a community closes its reception room although the official calendar has it as a working day. */
@Entity
public class Closure {

    @Id
    private UUID id;

    @Column(name = "community_id")
    private String communityId;

    private LocalDate day;
    private String reason;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected Closure() {}

    public static Closure record(String communityId, LocalDate day, String reason, String recordedBy, Instant now) {
        Closure closure = new Closure();
        closure.id = UUID.randomUUID();
        closure.communityId = communityId;
        closure.day = day;
        closure.reason = reason;
        closure.recordedBy = recordedBy;
        closure.recordedAt = now;
        return closure;
    }

    public ClosureAdded addedEvent() {
        return new ClosureAdded(id, day, reason);
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public LocalDate day() {
        return day;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
