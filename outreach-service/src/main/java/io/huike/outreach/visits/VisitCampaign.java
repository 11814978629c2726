package io.huike.outreach.visits;

import io.huike.kernel.refusals.RuleBroken;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A visit campaign (走访): which households to visit, who visits each, and by when. */
@Entity
@Table(name = "visit_campaign")
public class VisitCampaign {

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    private String title;
    private String purpose;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @ElementCollection
    @CollectionTable(name = "visit_campaign_target", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    private List<VisitTarget> targets = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected VisitCampaign() {}

    /** Plans a campaign; a household listed twice keeps its first assignment. */
    public static VisitCampaign plan(
            String communityId,
            String title,
            String purpose,
            LocalDate dueDate,
            List<VisitTarget> targets,
            String createdBy,
            Instant now) {
        Map<UUID, VisitTarget> unique = new LinkedHashMap<>();
        targets.forEach(t -> unique.putIfAbsent(t.householdId(), t));
        if (unique.isEmpty()) {
            throw new RuleBroken(
                    "no-households",
                    "The campaign has no household to visit: name households, or grids that have active households");
        }
        VisitCampaign c = new VisitCampaign();
        c.id = UUID.randomUUID();
        c.communityId = communityId;
        c.title = title;
        c.purpose = purpose;
        c.dueDate = dueDate;
        c.targets = new ArrayList<>(unique.values());
        c.createdBy = createdBy;
        c.createdAt = now;
        return c;
    }

    public Optional<VisitTarget> target(UUID householdId) {
        return targets.stream().filter(t -> t.householdId().equals(householdId)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public List<VisitTarget> targets() {
        return List.copyOf(targets);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
