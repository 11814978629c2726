package io.huike.outreach.visits;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.RuleBroken;
import io.huike.kernel.refusals.UnknownReferences;
import io.huike.kernel.roster.RosterReferences;
import io.huike.outreach.CommunityDays;
import io.huike.outreach.households.Household;
import io.huike.outreach.households.HouseholdRepository;
import io.huike.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Plans visit campaigns and records visits with the concerns found on them; each concern's
 * {@code concern.raised} event commits with the visit.
 */
@ApplicationScoped
public class VisitService {

    private final VisitRepository visits;
    private final ConcernRepository concerns;
    private final VisitCampaignRepository campaigns;
    private final HouseholdRepository households;
    private final Outbox outbox;
    private final RosterReferences references;
    private final Clock clock = Clock.systemUTC();

    VisitService(
            VisitRepository visits,
            ConcernRepository concerns,
            VisitCampaignRepository campaigns,
            HouseholdRepository households,
            Outbox outbox,
            RosterReferences references) {
        this.visits = visits;
        this.concerns = concerns;
        this.campaigns = campaigns;
        this.households = households;
        this.outbox = outbox;
        this.references = references;
    }

    /** Plans a campaign over named households and every active household of the named grids. */
    @Transactional
    public VisitCampaign plan(String community, Collection<String> scope, NewCampaign request, String createdBy) {
        references.requireCommunity(community);
        List<VisitTarget> targets = new ArrayList<>();
        for (int i = 0; i < request.households().size(); i++) {
            VisitTarget target = request.households().get(i);
            String at = "households[" + i + "].";
            households
                    .findInScope(target.householdId(), community, scope)
                    .orElseThrow(() -> UnknownReferences.unknownReference(
                            "unknown-household", at + "householdId", "household", target.householdId(), community));
            references.requireMember(community, at + "memberId", target.memberId());
            targets.add(target);
        }
        for (int i = 0; i < request.grids().size(); i++) {
            GridAssignment grid = request.grids().get(i);
            references.requireGrid(community, "grids[" + i + "].gridId", grid.gridId());
            references.requireMember(community, "grids[" + i + "].memberId", grid.memberId());
            households
                    .activeInGrids(community, scope, List.of(grid.gridId()))
                    .forEach(h -> targets.add(new VisitTarget(h.id(), grid.memberId())));
        }
        VisitCampaign campaign = VisitCampaign.plan(
                community, request.title(), request.purpose(), request.dueDate(), targets, createdBy, now());
        campaigns.persist(campaign);
        return campaign;
    }

    /** Records a visit and raises each concern found on it; returns the visit with its concerns. */
    @Transactional
    public RecordedVisit record(String community, Collection<String> scope, NewVisit request, String recordedBy) {
        Instant now = now();
        if (request.visitedOn().isAfter(CommunityDays.dayOf(now))) {
            throw new InvalidInput(List.of(new FieldViolation("visitedOn", "must not be in the future")));
        }
        Household household = households
                .findInScope(request.householdId(), community, scope)
                .orElseThrow(() -> UnknownReferences.unknownReference(
                        "unknown-household", "householdId", "household", request.householdId(), community));
        if (request.campaignId() != null) {
            VisitCampaign campaign = campaigns
                    .findInScope(request.campaignId(), community, scope)
                    .orElseThrow(() -> UnknownReferences.unknownReference(
                            "unknown-campaign", "campaignId", "visit campaign", request.campaignId(), community));
            if (campaign.target(household.id()).isEmpty()) {
                throw new RuleBroken(
                        "not-in-campaign", "Household " + household.id() + " is not on campaign " + campaign.id());
            }
        }
        references.requireMember(community, "memberId", request.memberId());
        Visit visit = new Visit(
                community,
                household.id(),
                request.campaignId(),
                request.memberId(),
                request.visitedOn(),
                request.notes(),
                recordedBy,
                now);
        visits.persist(visit);
        List<Concern> raised = new ArrayList<>();
        for (NewConcern found : request.concerns()) {
            Concern.Raising raising = Concern.raise(
                    visit, household.gridId(), found.category(), found.urgency(), found.title(), found.description());
            concerns.persist(raising.concern());
            outbox.append(raising.concern().id().toString(), community, 1, raising.event());
            raised.add(raising.concern());
        }
        return new RecordedVisit(visit, raised);
    }

    public RecordedVisit get(UUID id, String community, Collection<String> scope) {
        Visit visit = visits.findInScope(id, community, scope)
                .orElseThrow(() -> new NotFound("No visit " + id + " in community " + community));
        return new RecordedVisit(visit, concerns.ofVisits(community, scope, List.of(id)));
    }

    /** One page of a community's visits, newest first, with their concerns; optionally of a household or campaign. */
    public List<RecordedVisit> list(
            String community, Collection<String> scope, UUID householdId, UUID campaignId, int page, int size) {
        List<Visit> found = visits.listInScope(community, scope, householdId, campaignId, page, size);
        Map<UUID, List<Concern>> byVisit =
                concerns
                        .ofVisits(
                                community, scope, found.stream().map(Visit::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(Concern::visitId));
        return found.stream()
                .map(v -> new RecordedVisit(v, byVisit.getOrDefault(v.id(), List.of())))
                .toList();
    }

    /** A campaign with the day each of its households was last visited in it. */
    public CampaignProgress progress(UUID campaignId, String community, Collection<String> scope) {
        return progress(
                campaigns
                        .findInScope(campaignId, community, scope)
                        .orElseThrow(
                                () -> new NotFound("No visit campaign " + campaignId + " in community " + community)),
                scope);
    }

    /** A community's campaigns and how far each has come, the latest due first. */
    public List<CampaignProgress> campaigns(String community, Collection<String> scope) {
        return campaigns.listInScope(community, scope).stream()
                .map(campaign -> progress(campaign, scope))
                .toList();
    }

    private CampaignProgress progress(VisitCampaign campaign, Collection<String> scope) {
        String community = campaign.communityId();
        Map<UUID, LocalDate> lastVisited = new HashMap<>();
        visits.ofCampaign(campaign.id(), community, scope)
                .forEach(v -> lastVisited.merge(v.householdId(), v.visitedOn(), (a, b) -> a.isAfter(b) ? a : b));
        Map<UUID, String> names = households.namesInScope(
                community,
                scope,
                campaign.targets().stream().map(VisitTarget::householdId).toList());
        return new CampaignProgress(campaign, lastVisited, names, CommunityDays.today());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** What a campaign plans: named households with their members, and whole grids with one member each. */
    public record NewCampaign(
            String title,
            String purpose,
            LocalDate dueDate,
            List<VisitTarget> households,
            List<GridAssignment> grids) {}

    /** Every active household of a grid, visited by one member. */
    public record GridAssignment(String gridId, String memberId) {}

    /** A visit as the member reports it. */
    public record NewVisit(
            UUID householdId,
            UUID campaignId,
            String memberId,
            LocalDate visitedOn,
            String notes,
            List<NewConcern> concerns) {}

    /** A problem found on the visit. */
    public record NewConcern(Category category, Urgency urgency, String title, String description) {}

    /**
     * A campaign and how far it has come.
     *
     * @param lastVisited the day each visited household was last visited in the campaign
     */
    public record CampaignProgress(
            VisitCampaign campaign,
            Map<UUID, LocalDate> lastVisited,
            Map<UUID, String> householdNames,
            LocalDate today) {

        public int visited() {
            return (int) campaign.targets().stream()
                    .filter(t -> lastVisited.containsKey(t.householdId()))
                    .count();
        }

        /** Past its due date with households still unvisited. */
        public boolean overdue() {
            return today.isAfter(campaign.dueDate())
                    && visited() < campaign.targets().size();
        }
    }

    /** A visit with the concerns found on it. */
    public record RecordedVisit(Visit visit, List<Concern> concerns) {}
}
