package io.huike.outreach.campaigns;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.UnknownReferences;
import io.huike.kernel.roster.RosterReferences;
import io.huike.outreach.households.HouseholdRepository;
import io.huike.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Launches notification campaigns and records each contact; a contact and its event commit together. */
@ApplicationScoped
public class NotificationCampaignService {

    /** Clocks of phones and servers differ a little; a contact time this far ahead is still accepted. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final NotificationCampaignRepository campaigns;
    private final NotificationTargetRepository targets;
    private final CampaignContactRepository contacts;
    private final HouseholdRepository households;
    private final Outbox outbox;
    private final RosterReferences references;
    private final Clock clock = Clock.systemUTC();

    NotificationCampaignService(
            NotificationCampaignRepository campaigns,
            NotificationTargetRepository targets,
            CampaignContactRepository contacts,
            HouseholdRepository households,
            Outbox outbox,
            RosterReferences references) {
        this.campaigns = campaigns;
        this.targets = targets;
        this.contacts = contacts;
        this.households = households;
        this.outbox = outbox;
        this.references = references;
    }

    @Transactional
    public NotificationCampaign launch(
            String community,
            Collection<String> scope,
            String title,
            String purpose,
            LocalDate dueDate,
            List<NotificationCampaign.Person> people,
            String createdBy) {
        references.requireCommunity(community);
        for (int i = 0; i < people.size(); i++) {
            NotificationCampaign.Person person = people.get(i);
            if (person.householdId() != null
                    && households
                            .findInScope(person.householdId(), community, scope)
                            .isEmpty()) {
                throw UnknownReferences.unknownReference(
                        "unknown-household",
                        "targets[" + i + "].householdId",
                        "household",
                        person.householdId(),
                        community);
            }
            references.requireGrid(community, "targets[" + i + "].gridId", person.gridId());
        }
        NotificationCampaign.Launch launch =
                NotificationCampaign.launch(community, title, purpose, dueDate, people, createdBy, now());
        campaigns.persist(launch.campaign());
        launch.targets().forEach(targets::persist);
        return launch.campaign();
    }

    @Transactional
    public CampaignContact recordContact(
            UUID campaignId,
            UUID targetId,
            String community,
            Collection<String> scope,
            ContactOutcome outcome,
            String note,
            Instant contactedAt,
            String contactedBy) {
        NotificationCampaign campaign = campaigns
                .findInScopeForUpdate(campaignId, community, scope)
                .orElseThrow(() -> notFound(campaignId, community));
        NotificationTarget target = targets.ofCampaign(campaignId, community, scope).stream()
                .filter(t -> t.id().equals(targetId))
                .findFirst()
                .orElseThrow(() -> new NotFound("No one " + targetId + " on campaign " + campaignId));
        Instant now = now();
        Instant when = contactedAt == null ? now : contactedAt.truncatedTo(ChronoUnit.MICROS);
        if (when.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidInput(List.of(new FieldViolation("contactedAt", "must not be in the future")));
        }
        NotificationCampaign.Contacting contacting = campaign.contact(target, outcome, note, contactedBy, when);
        contacts.persist(contacting.contact());
        outbox.append(campaign.id().toString(), community, campaign.sequence(), contacting.event());
        return contacting.contact();
    }

    /** One recorded contact with a person on a campaign of the community in the caller's scope, or 404. */
    public CampaignContact contact(
            UUID campaignId, UUID targetId, UUID contactId, String community, Collection<String> scope) {
        return contacts.findInScope(campaignId, targetId, contactId, community, scope)
                .orElseThrow(() -> new NotFound("No contact " + contactId + " on campaign " + campaignId));
    }

    /** A campaign, its list with the latest contact with each, and its progress. */
    public CampaignState state(UUID campaignId, String community, Collection<String> scope) {
        return state(
                campaigns.findInScope(campaignId, community, scope).orElseThrow(() -> notFound(campaignId, community)),
                scope);
    }

    /** A community's campaigns as they stand, the latest due first. */
    public List<CampaignState> list(String community, Collection<String> scope) {
        return campaigns.listInScope(community, scope).stream()
                .map(campaign -> state(campaign, scope))
                .toList();
    }

    private CampaignState state(NotificationCampaign campaign, Collection<String> scope) {
        UUID campaignId = campaign.id();
        String community = campaign.communityId();
        List<NotificationTarget> list = targets.ofCampaign(campaignId, community, scope);
        List<CampaignContact> history = contacts.ofCampaign(campaignId, community, scope);
        Map<UUID, CampaignContact> latest = new HashMap<>();
        history.forEach(c -> latest.put(c.targetId(), c));
        CampaignProgress progress = CampaignProgress.of(
                list.size(),
                history.stream()
                        .map(c -> new CampaignProgress.Attempt(c.targetId(), c.outcome(), c.contactedAt()))
                        .toList());
        Map<UUID, String> names = households.namesInScope(
                community,
                scope,
                list.stream()
                        .map(NotificationTarget::householdId)
                        .filter(Objects::nonNull)
                        .toList());
        return new CampaignState(campaign, list, latest, names, progress);
    }

    private static NotFound notFound(UUID id, String community) {
        return new NotFound("No notification campaign " + id + " in community " + community);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A campaign as it stands.
     *
     * @param latestContact the latest contact with each person contacted so far
     */
    public record CampaignState(
            NotificationCampaign campaign,
            List<NotificationTarget> targets,
            Map<UUID, CampaignContact> latestContact,
            Map<UUID, String> householdNames,
            CampaignProgress progress) {}
}
