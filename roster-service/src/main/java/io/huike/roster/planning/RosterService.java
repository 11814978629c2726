package io.huike.roster.planning;

import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.NotFound;
import io.huike.plumbing.outbox.Outbox;
import io.huike.roster.calendar.CalendarService;
import io.huike.roster.communities.CommunityService;
import io.huike.roster.members.Leave;
import io.huike.roster.members.LeaveRepository;
import io.huike.roster.members.Member;
import io.huike.roster.members.MemberService;
import io.huike.roster.members.Skill;
import io.huike.roster.rooms.ReceptionRoom;
import io.huike.roster.rooms.RoomService;
import io.huike.roster.rooms.ShiftTemplate;
import io.huike.roster.shifts.DutyShift;
import io.huike.roster.shifts.DutyShiftRepository;
import io.huike.roster.shifts.Roster;
import io.huike.roster.shifts.RosterRepository;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Generates a room's roster for a month from the community's working days, active members, their leave and their
 * duties at other rooms, and publishes {@code duty-shift.scheduled} for every shift in the same transaction.
 */
@ApplicationScoped
public class RosterService {

    /** How many months back the earlier shifts count, for rotating the extra shifts of uneven months. */
    private static final int MONTHS_REMEMBERED = 3;

    /** A generated month as stored: its shifts and its gaps. */
    public record GeneratedRoster(Roster roster, List<DutyShift> shifts, List<Gap> gaps) {}

    private final RosterRepository rosters;
    private final RosterGapRepository gaps;
    private final DutyShiftRepository shifts;
    private final RoomService rooms;
    private final MemberService members;
    private final LeaveRepository leave;
    private final CalendarService calendar;
    private final CommunityService communities;
    private final Outbox outbox;

    RosterService(
            RosterRepository rosters,
            RosterGapRepository gaps,
            DutyShiftRepository shifts,
            RoomService rooms,
            MemberService members,
            LeaveRepository leave,
            CalendarService calendar,
            CommunityService communities,
            Outbox outbox) {
        this.rosters = rosters;
        this.gaps = gaps;
        this.shifts = shifts;
        this.rooms = rooms;
        this.members = members;
        this.leave = leave;
        this.calendar = calendar;
        this.communities = communities;
        this.outbox = outbox;
    }

    @Transactional
    public GeneratedRoster generate(
            String community, UUID roomId, YearMonth month, Collection<String> scope, String by) {
        ReceptionRoom room = rooms.get(community, roomId, scope);
        if (rosters.findMonth(roomId, month).isPresent()) {
            throw new Conflict(
                    "roster-exists",
                    "The roster of " + month + " at this room is already generated",
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
        rosters.persist(roster);
        List<DutyShift> scheduled = plan.assignments().stream()
                .map(a -> DutyShift.schedule(roster, a.day(), templates.get(a.shiftCode()), a.memberId()))
                .toList();
        for (DutyShift shift : scheduled) {
            shifts.persist(shift);
            outbox.append(shift.id().toString(), community, 1, shift.scheduledEvent());
        }
        plan.gaps().forEach(gap -> gaps.persist(RosterGap.of(roster, gap)));
        return new GeneratedRoster(roster, scheduled, plan.gaps());
    }

    /** A room's generated month, or 404. */
    @Transactional
    public GeneratedRoster get(String community, UUID roomId, YearMonth month, Collection<String> scope) {
        rooms.get(community, roomId, scope);
        Roster roster = rosters.findMonth(roomId, month)
                .orElseThrow(() -> new NotFound("No roster of " + month + " at room " + roomId));
        return new GeneratedRoster(roster, shifts.ofRoster(roster.id()), gaps.ofRoster(roster.id()));
    }

    /** A room's generated month as the table printed for the room's notice board, or 404. */
    @Transactional
    public RosterTable table(String community, UUID roomId, YearMonth month, Collection<String> scope) {
        GeneratedRoster generated = get(community, roomId, month, scope);
        ReceptionRoom room = rooms.get(community, roomId, scope);
        String title = communities.get(community, scope).name() + room.name() + " " + month.getYear() + "年"
                + month.getMonthValue() + "月值班表";
        return RosterTable.of(
                title, room.shifts(), generated.shifts(), generated.gaps(), members.names(community, scope));
    }

    /**
     * Active members in the order they joined, each unavailable on their leave days and on days they are already on
     * duty at another room of the community, with their shifts of the months before.
     */
    private List<Candidate> candidates(
            String community, Collection<String> scope, UUID roomId, LocalDate first, LocalDate last) {
        Map<UUID, Set<LocalDate>> unavailable = new HashMap<>();
        for (Leave away : leave.between(community, scope, first, last)) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (away.covers(day)) {
                    unavailable
                            .computeIfAbsent(away.memberId(), id -> new HashSet<>())
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
        return members.list(community, scope).stream()
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
