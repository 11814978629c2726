package io.huike.roster.coverage;

import io.huike.roster.calendar.CalendarService;
import io.huike.roster.members.Leave;
import io.huike.roster.members.LeaveRepository;
import io.huike.roster.members.Member;
import io.huike.roster.members.MemberRepository;
import io.huike.roster.planning.Gap;
import io.huike.roster.planning.GapReason;
import io.huike.roster.planning.RosterGap;
import io.huike.roster.rooms.ReceptionRoom;
import io.huike.roster.rooms.ReceptionRoomRepository;
import io.huike.roster.shifts.DutyShift;
import io.huike.roster.shifts.DutyShiftRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a community admin checks ahead: shifts nobody covers, months not planned yet, members carrying too much, and
 * how much of the duty was kept. Read-only: it never changes a row.
 */
@ApplicationScoped
public class CoverageQueries {

    /** A shift of a generated roster that nobody covers. */
    public record Uncovered(UUID roomId, LocalDate day, String shiftCode, GapReason reason) {}

    /** Why a scheduled shift's member cannot keep it. */
    public enum HandOverReason {
        /** The member has since taken leave that day. */
        ON_LEAVE,
        /** The member has since been deactivated. */
        INACTIVE
    }

    /** A scheduled shift whose member cannot keep it: it needs a swap. */
    public record ToHandOver(UUID shiftId, UUID memberId, LocalDate day, String shiftCode, HandOverReason reason) {}

    /** A room whose month has working days in the period but no roster yet. */
    public record NotGenerated(UUID roomId, YearMonth month) {}

    /** A member above the fair share of the period's shifts. */
    public record Overloaded(UUID memberId, String name, long shifts, long fairShare) {}

    /** The period's shifts that have ended, and how many of them were checked in. */
    public record Attendance(long ended, long checkedIn) {}

    /** The report for one period. */
    public record Coverage(
            LocalDate from,
            LocalDate to,
            List<Uncovered> uncovered,
            List<ToHandOver> toHandOver,
            List<NotGenerated> notGenerated,
            List<Overloaded> overloaded,
            Attendance attendance) {}

    private final ReceptionRoomRepository rooms;
    private final MemberRepository members;
    private final LeaveRepository leave;
    private final CalendarService calendar;
    private final DutyShiftRepository shifts;
    private final EntityManager entityManager;
    private final Clock clock;

    CoverageQueries(
            ReceptionRoomRepository rooms,
            MemberRepository members,
            LeaveRepository leave,
            CalendarService calendar,
            DutyShiftRepository shifts,
            EntityManager entityManager,
            Clock clock) {
        this.rooms = rooms;
        this.members = members;
        this.leave = leave;
        this.calendar = calendar;
        this.shifts = shifts;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Coverage report(String community, Collection<String> scope, LocalDate from, LocalDate to) {
        List<DutyShift> inPeriod = shifts.between(community, scope, from, to, null);
        return new Coverage(
                from,
                to,
                uncovered(community, scope, from, to),
                toHandOver(community, scope, inPeriod, from, to),
                notGenerated(community, scope, from, to),
                overloaded(community, scope, inPeriod),
                attendance(inPeriod));
    }

    private List<Uncovered> uncovered(String community, Collection<String> scope, LocalDate from, LocalDate to) {
        if (!scope.contains(community)) {
            return List.of();
        }
        List<Object[]> rows = entityManager
                .createQuery("""
                        select r.roomId, g from RosterGap g, Roster r
                        where g.rosterId = r.id and r.communityId = ?1 and g.day between ?2 and ?3
                        order by g.day""", Object[].class)
                .setParameter(1, community)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        return rows.stream().map(CoverageQueries::uncovered).toList();
    }

    /** Maps a row of the room id and the gap to what the report shows. */
    private static Uncovered uncovered(Object[] row) {
        Gap gap = ((RosterGap) row[1]).gap();
        return new Uncovered((UUID) row[0], gap.day(), gap.shiftCode(), gap.reason());
    }

    private List<ToHandOver> toHandOver(
            String community, Collection<String> scope, List<DutyShift> inPeriod, LocalDate from, LocalDate to) {
        List<Leave> away = leave.between(community, scope, from, to);
        Set<UUID> inactive = members.listInScope(community, scope).stream()
                .filter(m -> !m.active())
                .map(Member::id)
                .collect(Collectors.toSet());
        List<ToHandOver> found = new ArrayList<>();
        for (DutyShift s : inPeriod) {
            if (inactive.contains(s.memberId())) {
                found.add(new ToHandOver(s.id(), s.memberId(), s.day(), s.shiftCode(), HandOverReason.INACTIVE));
            } else if (away.stream().anyMatch(l -> l.memberId().equals(s.memberId()) && l.covers(s.day()))) {
                found.add(new ToHandOver(s.id(), s.memberId(), s.day(), s.shiftCode(), HandOverReason.ON_LEAVE));
            }
        }
        return found;
    }

    private List<NotGenerated> notGenerated(String community, Collection<String> scope, LocalDate from, LocalDate to) {
        Set<YearMonth> monthsWithWork = new HashSet<>();
        calendar.workingDays(community, scope)
                .workingDaysIn(from, to)
                .forEach(day -> monthsWithWork.add(YearMonth.from(day)));
        List<NotGenerated> missing = new ArrayList<>();
        for (ReceptionRoom room : rooms.listInScope(community, scope)) {
            Set<String> generated = new HashSet<>(entityManager
                    .createQuery("select month from Roster where roomId = ?1", String.class)
                    .setParameter(1, room.id())
                    .getResultList());
            monthsWithWork.stream()
                    .sorted()
                    .filter(month -> !generated.contains(month.toString()))
                    .forEach(month -> missing.add(new NotGenerated(room.id(), month)));
        }
        return missing;
    }

    private List<Overloaded> overloaded(String community, Collection<String> scope, List<DutyShift> inPeriod) {
        Map<UUID, Member> active = members.listInScope(community, scope).stream()
                .filter(Member::active)
                .collect(Collectors.toMap(Member::id, Function.identity()));
        Map<UUID, Long> counts =
                inPeriod.stream().collect(Collectors.groupingBy(DutyShift::memberId, Collectors.counting()));
        long share = FairShare.ceiling(inPeriod.size(), active.size());
        return FairShare.overloaded(counts, active.keySet()).stream()
                .map(id -> new Overloaded(
                        id, active.containsKey(id) ? active.get(id).name() : null, counts.get(id), share))
                .toList();
    }

    private Attendance attendance(List<DutyShift> inPeriod) {
        var now = clock.instant();
        List<DutyShift> ended =
                inPeriod.stream().filter(s -> s.end().toInstant().isBefore(now)).toList();
        return new Attendance(
                ended.size(),
                ended.stream().filter(s -> s.checkedInAt() != null).count());
    }
}
