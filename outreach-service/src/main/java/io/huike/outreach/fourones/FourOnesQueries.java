package io.huike.outreach.fourones;

import io.huike.kernel.refusals.NotFound;
import io.huike.outreach.households.HouseholdRepository;
import io.huike.outreach.pairings.OutreachActivity;
import io.huike.outreach.pairings.OutreachActivityRepository;
import io.huike.outreach.pairings.Pairing;
import io.huike.outreach.pairings.PairingRepository;
import io.huike.outreach.roster.KnownMember;
import io.huike.outreach.roster.RosterCopy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Answers how far a community's pairings have come with the four ones in a year, and who still owes what. */
@ApplicationScoped
public class FourOnesQueries {

    private final PairingRepository pairings;
    private final OutreachActivityRepository activities;
    private final HouseholdRepository households;
    private final RosterCopy roster;

    FourOnesQueries(
            PairingRepository pairings,
            OutreachActivityRepository activities,
            HouseholdRepository households,
            RosterCopy roster) {
        this.pairings = pairings;
        this.activities = activities;
        this.households = households;
        this.roster = roster;
    }

    /** Every pairing of the community that runs in the year, with its four ones. */
    public List<PairingFourOnes> year(String community, Collection<String> scope, int year) {
        LocalDate first = Year.of(year).atDay(1);
        LocalDate last = Year.of(year).atMonth(12).atEndOfMonth();
        List<Pairing> running = pairings.runningBetween(community, scope, first, last);
        Map<UUID, List<Done>> done = activities.between(community, scope, first, last).stream()
                .collect(Collectors.groupingBy(
                        OutreachActivity::pairingId,
                        Collectors.mapping(a -> new Done(a.kind(), a.doneOn()), Collectors.toList())));
        Map<UUID, String> householdNames = households.namesInScope(
                community, scope, running.stream().map(Pairing::householdId).collect(Collectors.toSet()));
        Map<String, KnownMember> memberNames =
                roster.members(running.stream().map(Pairing::memberId).collect(Collectors.toSet()));
        return running.stream()
                .map(p -> new PairingFourOnes(
                        p.id(),
                        p.memberId(),
                        memberNames.containsKey(p.memberId())
                                ? memberNames.get(p.memberId()).name()
                                : null,
                        p.householdId(),
                        householdNames.get(p.householdId()),
                        FourOnesYear.of(year, p.startDate(), p.endDate(), done.getOrDefault(p.id(), List.of()))))
                .toList();
    }

    public PairingFourOnes ofPairing(UUID pairingId, String community, Collection<String> scope, int year) {
        Pairing pairing = pairings.findInScope(pairingId, community, scope)
                .orElseThrow(() -> new NotFound("No pairing " + pairingId + " in community " + community));
        List<Done> done = activities.ofPairing(pairingId, community, scope).stream()
                .map(a -> new Done(a.kind(), a.doneOn()))
                .toList();
        return new PairingFourOnes(
                pairing.id(),
                pairing.memberId(),
                roster.member(pairing.memberId()).map(KnownMember::name).orElse(null),
                pairing.householdId(),
                households
                        .namesInScope(community, scope, List.of(pairing.householdId()))
                        .get(pairing.householdId()),
                FourOnesYear.of(year, pairing.startDate(), pairing.endDate(), done));
    }

    public List<PairingFourOnes> ofMember(String memberId, String community, Collection<String> scope, int year) {
        return year(community, scope, year).stream()
                .filter(p -> p.memberId().equals(memberId))
                .toList();
    }

    /** The pairings running on {@code day} that still owe some of the four ones by the end of it. */
    public List<PairingFourOnes> owingBy(String community, Collection<String> scope, LocalDate day) {
        return year(community, scope, day.getYear()).stream()
                .filter(p -> p.year().runsOn(day) && !p.year().owingBy(day).isEmpty())
                .toList();
    }

    /** What each pairing still owes on {@code today}, the most urgent first. */
    public List<Reminder> reminders(String community, Collection<String> scope, LocalDate today) {
        return year(community, scope, today.getYear()).stream()
                .map(p -> Reminder.of(p, today))
                .filter(Objects::nonNull)
                .sorted(Reminder.MOST_URGENT_FIRST)
                .toList();
    }
}
