package io.huike.outreach.cadence;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.outreach.households.HouseholdKind;
import io.huike.outreach.pairings.ActivityKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A community's own cadence for one kind of household, e.g. "elderly living alone: a phone call monthly". */
@Entity
@Table(name = "cadence_rule")
public class CadenceRule {

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "household_kind", nullable = false, updatable = false)
    private HouseholdKind householdKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_kind", nullable = false, updatable = false)
    private ActivityKind activityKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CadencePeriod period;

    @Column(name = "days_before", updatable = false)
    private Integer daysBefore;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(updatable = false)
    private String description;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    private long version;

    protected CadenceRule() {}

    /** A new cadence; one before holidays needs how many days before, the others take none. */
    public static CadenceRule set(
            String communityId,
            HouseholdKind householdKind,
            ActivityKind activityKind,
            CadencePeriod period,
            Integer daysBefore,
            LocalDate effectiveFrom,
            String description,
            String createdBy,
            Instant now) {
        if ((period == CadencePeriod.BEFORE_HOLIDAYS) != (daysBefore != null)) {
            throw new InvalidInput(
                    List.of(new FieldViolation("daysBefore", "is required for BEFORE_HOLIDAYS and only for it")));
        }
        CadenceRule rule = new CadenceRule();
        rule.id = UUID.randomUUID();
        rule.communityId = communityId;
        rule.householdKind = householdKind;
        rule.activityKind = activityKind;
        rule.period = period;
        rule.daysBefore = daysBefore;
        rule.effectiveFrom = effectiveFrom;
        rule.description = description;
        rule.createdBy = createdBy;
        rule.createdAt = now;
        return rule;
    }

    /** From now on the cadence asks for nothing; kept so that its past stays readable. */
    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public HouseholdKind householdKind() {
        return householdKind;
    }

    public ActivityKind activityKind() {
        return activityKind;
    }

    public CadencePeriod period() {
        return period;
    }

    public Integer daysBefore() {
        return daysBefore;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String description() {
        return description;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
