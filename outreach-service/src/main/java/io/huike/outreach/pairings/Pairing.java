package io.huike.outreach.pairings;

import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.RuleBroken;
import io.huike.outreach.households.Household;
import io.huike.outreach.households.HouseholdStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A member paired with a household (结对), from its start date until it is ended; owes the four ones each year. */
@Entity
public class Pairing {

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private String memberId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @Column(name = "established_by", nullable = false, updatable = false)
    private String establishedBy;

    @Column(name = "established_at", nullable = false, updatable = false)
    private Instant establishedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;
    /** The version its events carry; one more with every event. */
    private long sequence;

    @Version
    private long version;

    protected Pairing() {}

    /** Pairs a member with an active household; the event is what the outbox publishes. */
    public static Establishment establish(
            String memberId, Household household, LocalDate startDate, String establishedBy, Instant now) {
        if (household.status() != HouseholdStatus.ACTIVE) {
            throw new RuleBroken(
                    "household-not-active",
                    "Household " + household.id() + " is " + household.status()
                            + "; only active households are paired");
        }
        Pairing p = new Pairing();
        p.id = UUID.randomUUID();
        p.communityId = household.communityId();
        p.memberId = memberId;
        p.householdId = household.id();
        p.startDate = startDate;
        p.establishedBy = establishedBy;
        p.establishedAt = now;
        p.sequence = 1;
        return new Establishment(
                p,
                new PairingEstablished(
                        p.id,
                        memberId,
                        household.id(),
                        household.kind(),
                        household.gridId(),
                        startDate,
                        establishedBy,
                        now));
    }

    /** Ends the pairing on {@code endDate}; activities after that day are refused. */
    public PairingEnded end(LocalDate endDate, EndReason reason, String endedBy, Instant now) {
        if (!isActive()) {
            throw new Conflict(
                    "pairing-ended",
                    "Pairing " + id + " already ended on " + this.endDate,
                    Map.of("endDate", this.endDate.toString()));
        }
        if (endDate.isBefore(startDate)) {
            throw new InvalidInput(
                    List.of(new FieldViolation("endDate", "must not be before the pairing's start date " + startDate)));
        }
        this.endDate = endDate;
        this.endReason = reason;
        this.endedBy = endedBy;
        this.endedAt = now;
        this.sequence++;
        return new PairingEnded(id, memberId, householdId, endDate, reason, endedBy, now);
    }

    /** Records what a member did with the household on a day inside the pairing and not after {@code today}. */
    public ActivityRecording record(
            String byMember,
            ActivityKind kind,
            LocalDate doneOn,
            String notes,
            String recordedBy,
            LocalDate today,
            Instant now) {
        if (doneOn.isAfter(today)) {
            throw new InvalidInput(List.of(new FieldViolation("doneOn", "must not be in the future")));
        }
        if (doneOn.isBefore(startDate) || (endDate != null && doneOn.isAfter(endDate))) {
            throw new RuleBroken(
                    "outside-pairing",
                    "The pairing runs from " + startDate + (endDate == null ? "" : " to " + endDate) + "; " + doneOn
                            + " is outside it");
        }
        String member = byMember == null ? memberId : byMember;
        OutreachActivity activity = new OutreachActivity(this, member, kind, doneOn, notes, recordedBy, now);
        this.sequence++;
        return new ActivityRecording(
                activity,
                new OutreachActivityRecorded(activity.id(), id, householdId, member, kind, doneOn, recordedBy, now));
    }

    public boolean isActive() {
        return endDate == null;
    }

    /** A new pairing together with the event that announces it. */
    public record Establishment(Pairing established, PairingEstablished event) {}

    /** A new activity together with the event that announces it. */
    public record ActivityRecording(OutreachActivity activity, OutreachActivityRecorded event) {}

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String memberId() {
        return memberId;
    }

    public UUID householdId() {
        return householdId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public EndReason endReason() {
        return endReason;
    }

    public String establishedBy() {
        return establishedBy;
    }

    public Instant establishedAt() {
        return establishedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public long sequence() {
        return sequence;
    }

    public long version() {
        return version;
    }
}
