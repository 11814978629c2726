package io.huike.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a case's timeline: a note or an action, internal or shareable with the resident. {@code at} is when it
 * happened, {@code enteredAt} when it was typed in: later for what is entered from the paper log.
 */
@Entity
@Table(name = "case_timeline")
public class TimelineEntry {

    @Id
    private UUID id;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "community_id")
    private String communityId;

    private Instant at;

    @Column(name = "entered_at")
    private Instant enteredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private TimelineKind kind;

    private boolean shareable;
    private String text;

    protected TimelineEntry() {}

    /** A line entered as it happens. */
    public TimelineEntry(Case c, Instant at, String actor, TimelineKind kind, boolean shareable, String text) {
        this(c, at, at, actor, kind, shareable, text);
    }

    /** A line of what happened at {@code at}, typed in at {@code enteredAt}. */
    public TimelineEntry(
            Case c, Instant at, Instant enteredAt, String actor, TimelineKind kind, boolean shareable, String text) {
        this.id = UUID.randomUUID();
        this.caseId = c.id();
        this.communityId = c.communityId();
        this.at = at;
        this.enteredAt = enteredAt;
        this.actor = actor;
        this.kind = kind;
        this.shareable = shareable;
        this.text = text;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public Instant at() {
        return at;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public String actor() {
        return actor;
    }

    public TimelineKind kind() {
        return kind;
    }

    public boolean shareable() {
        return shareable;
    }

    public String text() {
        return text;
    }
}
