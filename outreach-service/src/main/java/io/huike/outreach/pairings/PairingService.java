package io.huike.outreach.pairings;

import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.RuleBroken;
import io.huike.kernel.refusals.StaleVersion;
import io.huike.kernel.refusals.UnknownReferences;
import io.huike.kernel.roster.RosterReferences;
import io.huike.outreach.CommunityDays;
import io.huike.outreach.households.Household;
import io.huike.outreach.households.HouseholdRepository;
import io.huike.outreach.roster.RosterCopy;
import io.huike.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Establishes and ends pairings and records their activities; each change and its event commit together. */
@ApplicationScoped
public class PairingService {

    private final PairingRepository pairings;
    private final OutreachActivityRepository activities;
    private final HouseholdRepository households;
    private final RosterCopy roster;
    private final Outbox outbox;
    private final RosterReferences references;
    private final Clock clock = Clock.systemUTC();

    PairingService(
            PairingRepository pairings,
            OutreachActivityRepository activities,
            HouseholdRepository households,
            RosterCopy roster,
            Outbox outbox,
            RosterReferences references) {
        this.pairings = pairings;
        this.references = references;
        this.activities = activities;
        this.households = households;
        this.roster = roster;
        this.outbox = outbox;
    }

    @Transactional
    public Pairing establish(
            String community,
            Collection<String> scope,
            String memberId,
            UUID householdId,
            LocalDate startDate,
            String establishedBy) {
        Household household = households
                .findInScope(householdId, community, scope)
                .orElseThrow(() -> UnknownReferences.unknownReference(
                        "unknown-household", "householdId", "household", householdId, community));
        references.requireMember(community, "memberId", memberId);
        roster.member(memberId).ifPresent(member -> {
            if (!member.active()) {
                throw new RuleBroken(
                        "member-not-available",
                        "Member " + memberId + " is not an active member of community " + community);
            }
        });
        if (pairings.runsOnOrAfter(memberId, householdId, startDate)) {
            throw new Conflict(
                    "pairing-exists",
                    "Member " + memberId + " is already paired with household " + householdId + " on " + startDate,
                    Map.of("memberId", memberId, "householdId", householdId.toString()));
        }
        Pairing.Establishment establishment = Pairing.establish(memberId, household, startDate, establishedBy, now());
        Pairing pairing = establishment.established();
        pairings.persist(pairing);
        outbox.append(pairing.id().toString(), community, pairing.sequence(), establishment.event());
        return pairing;
    }

    @Transactional
    public Pairing end(
            UUID id,
            String community,
            Collection<String> scope,
            long expectedVersion,
            LocalDate endDate,
            EndReason reason,
            String endedBy) {
        Pairing pairing = forUpdate(id, community, scope);
        StaleVersion.check(expectedVersion, pairing.version());
        PairingEnded event = pairing.end(endDate, reason, endedBy, now());
        outbox.append(pairing.id().toString(), community, pairing.sequence(), event);
        pairings.flush();
        return pairing;
    }

    @Transactional
    public OutreachActivity record(
            UUID pairingId,
            String community,
            Collection<String> scope,
            String memberId,
            ActivityKind kind,
            LocalDate doneOn,
            String notes,
            String recordedBy) {
        Pairing pairing = forUpdate(pairingId, community, scope);
        // Checked once the pairing is found, so that another community's pairing is not found before anything else.
        references.requireMember(community, "memberId", memberId);
        Instant now = now();
        Pairing.ActivityRecording recording =
                pairing.record(memberId, kind, doneOn, notes, recordedBy, CommunityDays.dayOf(now), now);
        activities.persist(recording.activity());
        outbox.append(pairing.id().toString(), community, pairing.sequence(), recording.event());
        return recording.activity();
    }

    public Pairing get(UUID id, String community, Collection<String> scope) {
        return pairings.findInScope(id, community, scope).orElseThrow(() -> notFound(id, community));
    }

    /** One page of a community's pairings, optionally of one member or household, optionally only active ones. */
    public List<Pairing> list(
            String community,
            Collection<String> scope,
            String memberId,
            UUID householdId,
            boolean activeOnly,
            int page,
            int size) {
        return pairings.listInScope(community, scope, memberId, householdId, activeOnly, page, size);
    }

    /** The pairing's activities, newest first; a pairing of another community is not found. */
    public List<OutreachActivity> activities(UUID pairingId, String community, Collection<String> scope) {
        get(pairingId, community, scope);
        return activities.ofPairing(pairingId, community, scope);
    }

    /** One activity of the pairing; a pairing of another community is not found. */
    public OutreachActivity activity(UUID pairingId, UUID activityId, String community, Collection<String> scope) {
        get(pairingId, community, scope);
        return activities
                .ofPairing(activityId, pairingId)
                .orElseThrow(() -> new NotFound("No activity " + activityId + " of pairing " + pairingId));
    }

    private Pairing forUpdate(UUID id, String community, Collection<String> scope) {
        return pairings.findInScopeForUpdate(id, community, scope).orElseThrow(() -> notFound(id, community));
    }

    private static NotFound notFound(UUID id, String community) {
        return new NotFound("No pairing " + id + " in community " + community);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
