package io.huike.roster.rosters;

import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.NotFound;
import io.huike.plumbing.outbox.Outbox;
import io.huike.roster.calendar.CommunityCalendar;
import io.huike.roster.members.Leave;
import io.huike.roster.members.Member;
import io.huike.roster.members.MemberDirectory;
import io.huike.roster.members.Skill;
import io.huike.roster.rooms.ReceptionRoom;
import io.huike.roster.rooms.RoomDirectory;
import io.huike.roster.rooms.ShiftTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Generates a room's roster for a month from the community's working days, active members, their leave and their
 * duties at other rooms, and publishes {@code duty-shift.scheduled} for every shift in the same transaction.
 */
@ApplicationScoped
public class RosterGeneration {

    private final RoomDirectory rooms;
    private final MemberDirectory members;
    private final CommunityCalendar calendar;
    private final DutyShifts shifts;
    private final EntityManager entityManager;
    private final Outbox outbox;

    RosterGeneration(
            RoomDirectory rooms,
            MemberDirectory members,
            CommunityCalendar calendar,
            DutyShifts shifts,
            EntityManager entityManager,
            Outbox outbox) {
        this.rooms = rooms;
        this.members = members;
        this.calendar = calendar;
        this.shifts = shifts;
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /** A generated month as stored: its shifts and its gaps. */
    public record GeneratedRoster(Roster roster, List<DutyShift> shifts, List<Gap> gaps) {}

    @Transactional
    public GeneratedRoster generate(
            String community, UUID roomId, YearMonth month, Collection<String> scope, String by) {
        ReceptionRoom room = rooms.require(community, roomId, scope);
        if (find(roomId, month).isPresent()) {
            throw new Conflict(
                    "roster-exists",
                    "The roster of " + month + " at this room is already " + "generated",
                    Map.of("month", month.toString()));
        }
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<LocalDate> workingDays = calendar.workingDays(community, scope).workingDaysIn(first, last);

        List<Candidate> candidates = candidates(community, scope, roomId, first, last);
        Map<String, ShiftTemplate> templates =
                room.shifts().stream().collect(Collectors.toMap(ShiftTemplate::code, Function.identity()));
        RosterPlan plan = RosterPlanner.plan(
                workingDays, room.shifts().stream().map(ShiftTemplate::code).toList(), candidates);

        Roster roster =
                Roster.generated(community, roomId, month, by, Instant.now().truncatedTo(ChronoUnit.MICROS));
        entityManager.persist(roster);
        List<DutyShift> scheduled = plan.assignments().stream()
                .map(a -> DutyShift.schedule(roster, a.day(), templates.get(a.shiftCode()), a.memberId()))
                .toList();
        for (DutyShift shift : scheduled) {
            shifts.persist(shift);
            outbox.append(shift.id().toString(), community, 1, shift.scheduledEvent());
        }
        plan.gaps().forEach(gap -> entityManager.persist(RosterGap.of(roster, gap)));
        return new GeneratedRoster(roster, scheduled, plan.gaps());
    }

    /** A room's generated month, or 404. */
    public GeneratedRoster require(String community, UUID roomId, YearMonth month, Collection<String> scope) {
        rooms.require(community, roomId, scope);
        Roster roster =
                find(roomId, month).orElseThrow(() -> new NotFound("No roster of " + month + " at room " + roomId));
        List<Gap> gaps = entityManager
                .createQuery("from RosterGap where rosterId = ?1 order by day, shiftCode", RosterGap.class)
                .setParameter(1, roster.id())
                .getResultList()
                .stream()
                .map(RosterGap::gap)
                .toList();
        return new GeneratedRoster(roster, shifts.ofRoster(roster.id()), gaps);
    }

    private Optional<Roster> find(UUID roomId, YearMonth month) {
        return entityManager
                .createQuery("from Roster where roomId = ?1 and month = ?2", Roster.class)
                .setParameter(1, roomId)
                .setParameter(2, month.toString())
                .getResultStream()
                .findFirst();
    }

    /** How many months back the earlier shifts count, for rotating the extra shifts of uneven months. */
    private static final int MONTHS_REMEMBERED = 3;

    /**
     * Active members in the order they joined, each unavailable on their leave days and on days they are already on
     * duty at another room of the community, with their shifts of the months before.
     */
    private List<Candidate> candidates(
            String community, Collection<String> scope, UUID roomId, LocalDate first, LocalDate last) {
        Map<UUID, Set<LocalDate>> unavailable = new HashMap<>();
        for (Leave leave : members.leaveBetween(community, scope, first, last)) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (leave.covers(day)) {
                    unavailable
                            .computeIfAbsent(leave.memberId(), id -> new HashSet<>())
                            .add(day);
                }
            }
        }
        for (DutyShift elsewhere : shifts.between(community, scope, first, last, null)) {
            if (!elsewhere.roomId().equals(roomId)) {
                unavailable
                        .computeIfAbsent(elsewhere.memberId(), id -> new HashSet<>())
                        .add(elsewhere.day());
            }
        }
        Map<UUID, Long> earlier =
                shifts
                        .between(community, scope, first.minusMonths(MONTHS_REMEMBERED), first.minusDays(1), null)
                        .stream()
                        .collect(Collectors.groupingBy(DutyShift::memberId, Collectors.counting()));
        return members.listInScope(community, scope).stream()
                .filter(Member::active)
                .sorted(Comparator.comparing(Member::registeredAt).thenComparing(Member::id))
                .map(m -> new Candidate(
                        m.id(),
                        m.hasAnyOf(Skill.DAILY_NEEDS),
                        unavailable.getOrDefault(m.id(), Set.of()),
                        earlier.getOrDefault(m.id(), 0L)))
                .toList();
    }
}
