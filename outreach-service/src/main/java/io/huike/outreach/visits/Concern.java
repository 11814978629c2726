package io.huike.outreach.visits;

import io.huike.kernel.refusals.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A problem found on a visit (走访发现问题): raised here, registered as a case by the case service, and closed with
 * the case's outcome, which the member then tells the household. The household's ledger lists its concerns.
 */
@Entity
public class Concern {

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "visit_id", updatable = false)
    private UUID visitId;

    @Column(name = "campaign_id", updatable = false)
    private UUID campaignId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Urgency urgency;

    @Column(updatable = false)
    private String title;

    @Column(updatable = false)
    private String description;

    @Column(name = "grid_id", updatable = false)
    private String gridId;

    @Column(name = "raised_by", nullable = false, updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "tracking_number")
    private String trackingNumber;

    private String outcome;

    @Column(name = "result_summary")
    private String resultSummary;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "crossed_off_on")
    private LocalDate crossedOffOn;

    @Column(name = "crossed_off_by")
    private String crossedOffBy;

    @Column(name = "crossing_note")
    private String crossingNote;

    @Version
    private long version;

    protected Concern() {}

    /** A concern raised on a visit; the event is what the outbox publishes. */
    static Raising raise(
            Visit visit, String gridId, Category category, Urgency urgency, String title, String description) {
        Concern c = new Concern();
        c.id = UUID.randomUUID();
        c.communityId = visit.communityId();
        c.householdId = visit.householdId();
        c.visitId = visit.id();
        c.campaignId = visit.campaignId();
        c.category = category;
        c.urgency = urgency == null ? Urgency.NORMAL : urgency;
        c.title = title;
        c.description = description;
        c.gridId = gridId;
        c.raisedBy = visit.memberId();
        c.raisedAt = visit.recordedAt();
        return new Raising(
                c,
                new ConcernRaised(
                        c.id,
                        c.householdId,
                        c.visitId,
                        c.campaignId,
                        c.category,
                        c.urgency,
                        title,
                        description,
                        gridId,
                        c.raisedBy,
                        c.raisedAt));
    }

    /** The case service registered a case for this concern. */
    void caseRegistered(UUID caseId, String trackingNumber) {
        this.caseId = caseId;
        this.trackingNumber = trackingNumber;
    }

    /** The concern's case was closed; its outcome and the summary for the household are shown from now on. */
    void caseClosed(String trackingNumber, String outcome, String resultSummary, Instant closedAt) {
        if (trackingNumber != null) {
            this.trackingNumber = trackingNumber;
        }
        this.outcome = outcome;
        this.resultSummary = resultSummary;
        this.closedAt = closedAt;
    }

    /** The resident was not satisfied and the case is open again; so is the concern, until the case closes anew. */
    void caseReopened() {
        this.outcome = null;
        this.resultSummary = null;
        this.closedAt = null;
        this.crossedOffOn = null;
        this.crossedOffBy = null;
        this.crossingNote = null;
    }

    /**
     * Crosses the concern off the household's ledger once the member has told the household the outcome; only a
     * concern whose case is closed can be crossed off, and only once.
     */
    public void crossOff(LocalDate toldOn, String note, String by) {
        if (crossedOffOn != null) {
            throw new Conflict(
                    "already-crossed-off",
                    "Concern " + id + " was crossed off on " + crossedOffOn,
                    Map.of("crossedOffOn", crossedOffOn.toString()));
        }
        if (closedAt == null) {
            throw new Conflict(
                    "case-not-closed",
                    "Concern " + id + " has no closed case yet; it is " + status(),
                    Map.of("concernStatus", status().name()));
        }
        this.crossedOffOn = toldOn;
        this.crossingNote = note;
        this.crossedOffBy = by;
    }

    public ConcernStatus status() {
        if (crossedOffOn != null) {
            return ConcernStatus.CROSSED_OFF;
        }
        if (closedAt != null) {
            return ConcernStatus.CLOSED;
        }
        return caseId != null ? ConcernStatus.CASE_REGISTERED : ConcernStatus.RAISED;
    }

    /** A concern together with the event that announces it. */
    record Raising(Concern concern, ConcernRaised event) {}

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public UUID householdId() {
        return householdId;
    }

    public UUID visitId() {
        return visitId;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public Category category() {
        return category;
    }

    public Urgency urgency() {
        return urgency;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String gridId() {
        return gridId;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public UUID caseId() {
        return caseId;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String outcome() {
        return outcome;
    }

    public String resultSummary() {
        return resultSummary;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public LocalDate crossedOffOn() {
        return crossedOffOn;
    }

    public String crossedOffBy() {
        return crossedOffBy;
    }

    public String crossingNote() {
        return crossingNote;
    }

    public long version() {
        return version;
    }
}
