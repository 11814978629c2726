package io.huike.roster.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.kernel.calendar.OfficialCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RosterPlannerTest {

    private static final List<String> MORNING_AND_AFTERNOON = List.of("AM", "PM");

    @Test
    void may2026CoversBothShiftsOfEveryWorkingDayAndNoneOfTheLabourDayBreak() {
        List<LocalDate> days = workingDays(YearMonth.of(2026, 5));

        RosterPlan plan = RosterPlanner.plan(days, MORNING_AND_AFTERNOON, gulouMembers(Map.of()));

        assertThat(days)
                .hasSize(19)
                .contains(date("2026-05-09"))
                .doesNotContain(date("2026-05-01"), date("2026-05-04"), date("2026-05-05"));
        assertThat(plan.gaps()).isEmpty();
        assertThat(plan.assignments()).hasSize(38);
        assertThat(coveredDays(plan)).containsExactlyElementsOf(days);
        assertEveryDayHasBothShiftsNobodyTwiceAndASkilledMember(plan, days);
        assertThat(shiftCounts(plan, allMembers()).values()).allMatch(count -> count == 3 || count == 4);
    }

    @Test
    void october2026SkipsNationalDayAndCoversTheMakeUpSaturday() {
        List<LocalDate> days = workingDays(YearMonth.of(2026, 10));

        RosterPlan plan = RosterPlanner.plan(days, MORNING_AND_AFTERNOON, gulouMembers(Map.of()));

        assertThat(days).hasSize(18).contains(date("2026-10-10"));
        assertThat(plan.gaps()).isEmpty();
        assertThat(plan.assignments())
                .hasSize(36)
                .noneMatch(a -> a.day().isAfter(date("2026-09-30")) && a.day().isBefore(date("2026-10-08")))
                .noneMatch(a -> a.day().equals(date("2026-10-11")));
        assertEveryDayHasBothShiftsNobodyTwiceAndASkilledMember(plan, days);
        assertThat(shiftCounts(plan, allMembers()).values()).allMatch(count -> count == 3 || count == 4);
    }

    @Test
    void aMemberOnLeaveIsNeverOnDutyThenAndTheOthersStayWithinOneShiftOfEachOther() {
        UUID onLeave = member(3);
        Set<LocalDate> leave = IntStream.rangeClosed(11, 22)
                .mapToObj(d -> LocalDate.of(2026, 5, d))
                .collect(Collectors.toSet());

        RosterPlan plan = RosterPlanner.plan(
                workingDays(YearMonth.of(2026, 5)), MORNING_AND_AFTERNOON, gulouMembers(Map.of(onLeave, leave)));

        assertThat(plan.assignments())
                .filteredOn(a -> a.memberId().equals(onLeave))
                .isNotEmpty()
                .allMatch(a -> !leave.contains(a.day()));
        List<UUID> others =
                allMembers().stream().filter(id -> !id.equals(onLeave)).toList();
        Map<UUID, Integer> counts = shiftCounts(plan, others);
        assertThat(spread(counts.values())).isLessThanOrEqualTo(1);
        assertThat(shiftCounts(plan, List.of(onLeave)).get(onLeave))
                .isLessThanOrEqualTo(
                        counts.values().stream().max(Integer::compare).orElseThrow());
        assertThat(plan.gaps()).isEmpty();
    }

    @Test
    void aShiftNobodyCanTakeIsReportedAsAGapNeverSkippedSilently() {
        List<LocalDate> days = List.of(date("2026-05-06"), date("2026-05-07"));
        UUID only = member(1);

        RosterPlan plan = RosterPlanner.plan(
                days, MORNING_AND_AFTERNOON, List.of(new Candidate(only, true, Set.of(date("2026-05-07")), 0)));

        assertThat(plan.assignments()).containsExactly(new Assignment(date("2026-05-06"), "AM", only));
        assertThat(plan.gaps())
                .containsExactly(
                        new Gap(date("2026-05-06"), "PM", GapReason.NO_MEMBER_AVAILABLE),
                        new Gap(date("2026-05-07"), "AM", GapReason.NO_MEMBER_AVAILABLE),
                        new Gap(date("2026-05-07"), "PM", GapReason.NO_MEMBER_AVAILABLE),
                        new Gap(date("2026-05-07"), null, GapReason.NO_DAILY_SKILL_AVAILABLE));
    }

    @Test
    void aDayWhoseSkilledMembersAreAllAwayIsCoveredButReportedAsLackingTheSkill() {
        LocalDate day = date("2026-05-06");
        List<Candidate> candidates = List.of(
                new Candidate(member(1), true, Set.of(day), 0),
                new Candidate(member(2), false, Set.of(), 0),
                new Candidate(member(3), false, Set.of(), 0));

        RosterPlan plan = RosterPlanner.plan(List.of(day), MORNING_AND_AFTERNOON, candidates);

        assertThat(plan.assignments()).extracting(Assignment::memberId).containsExactly(member(2), member(3));
        assertThat(plan.gaps()).containsExactly(new Gap(day, null, GapReason.NO_DAILY_SKILL_AVAILABLE));
    }

    @Test
    void aSkilledMemberIsPreferredWhenItIsTheirTurnAndRequiredOnTheDaysLastShift() {
        List<LocalDate> days = List.of(date("2026-05-06"), date("2026-05-07"));
        List<Candidate> candidates = List.of(
                new Candidate(member(1), false, Set.of(), 0),
                new Candidate(member(2), false, Set.of(), 0),
                new Candidate(member(3), true, Set.of(), 0));

        RosterPlan plan = RosterPlanner.plan(days, MORNING_AND_AFTERNOON, candidates);

        // Day 1: all at zero, so the skilled member 3 goes first. Day 2: member 2 has had no shift and goes first;
        // the afternoon then needs the skill although member 3 has had more shifts than member 1.
        assertThat(plan.assignments())
                .extracting(Assignment::memberId)
                .containsExactly(member(3), member(1), member(2), member(3));
        assertThat(plan.gaps()).isEmpty();
    }

    @Test
    void theExtraShiftsOfAnUnevenMonthGoToThoseWhoCarriedFewerTheMonthBefore() {
        RosterPlan may =
                RosterPlanner.plan(workingDays(YearMonth.of(2026, 5)), MORNING_AND_AFTERNOON, gulouMembers(Map.of()));
        Map<UUID, Integer> mayCounts = shiftCounts(may, allMembers());
        List<Candidate> june = gulouMembers(Map.of()).stream()
                .map(c -> new Candidate(c.memberId(), c.hasDailySkill(), c.unavailable(), mayCounts.get(c.memberId())))
                .toList();

        RosterPlan plan = RosterPlanner.plan(workingDays(YearMonth.of(2026, 6)), MORNING_AND_AFTERNOON, june);

        // May: 38 shifts, so five members carried 4 and six carried 3. June: 21 working days (Dragon Boat Friday
        // the 19th off), 42 shifts, so nine members carry 4 and two carry 3: both of them from May's five.
        Map<UUID, Integer> juneCounts = shiftCounts(plan, allMembers());
        List<UUID> fewerInJune =
                allMembers().stream().filter(id -> juneCounts.get(id) == 3).toList();
        assertThat(fewerInJune).hasSize(2).allMatch(id -> mayCounts.get(id) == 4);
        assertThat(plan.gaps()).isEmpty();
    }

    @Test
    void theSameInputGivesTheSameRoster() {
        List<LocalDate> days = workingDays(YearMonth.of(2026, 10));

        assertThat(RosterPlanner.plan(days, MORNING_AND_AFTERNOON, gulouMembers(Map.of())))
                .isEqualTo(RosterPlanner.plan(days, MORNING_AND_AFTERNOON, gulouMembers(Map.of())));
    }

    /** Gulou's 11 staff; six of them mediate or answer policy questions. */
    private static List<Candidate> gulouMembers(Map<UUID, Set<LocalDate>> leave) {
        List<Candidate> members = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            members.add(new Candidate(member(i), i % 2 == 1, leave.getOrDefault(member(i), Set.of()), 0));
        }
        return members;
    }

    private static List<UUID> allMembers() {
        return IntStream.rangeClosed(1, 11).mapToObj(RosterPlannerTest::member).toList();
    }

    private static void assertEveryDayHasBothShiftsNobodyTwiceAndASkilledMember(RosterPlan plan, List<LocalDate> days) {
        Set<UUID> skilled = gulouMembers(Map.of()).stream()
                .filter(Candidate::hasDailySkill)
                .map(Candidate::memberId)
                .collect(Collectors.toSet());
        for (LocalDate day : days) {
            List<Assignment> ofDay =
                    plan.assignments().stream().filter(a -> a.day().equals(day)).toList();
            assertThat(ofDay)
                    .as(day.toString())
                    .extracting(Assignment::shiftCode)
                    .containsExactly("AM", "PM");
            assertThat(ofDay)
                    .as(day.toString())
                    .extracting(Assignment::memberId)
                    .doesNotHaveDuplicates();
            assertThat(ofDay).as(day.toString()).anyMatch(a -> skilled.contains(a.memberId()));
        }
    }

    private static List<LocalDate> coveredDays(RosterPlan plan) {
        return plan.assignments().stream().map(Assignment::day).distinct().toList();
    }

    private static Map<UUID, Integer> shiftCounts(RosterPlan plan, List<UUID> members) {
        return members.stream().collect(Collectors.toMap(id -> id, id -> (int)
                plan.assignments().stream().filter(a -> a.memberId().equals(id)).count()));
    }

    private static int spread(Collection<Integer> counts) {
        return counts.stream().max(Integer::compare).orElseThrow()
                - counts.stream().min(Integer::compare).orElseThrow();
    }

    private static List<LocalDate> workingDays(YearMonth month) {
        return OfficialCalendar.official().workingDays().workingDaysIn(month.atDay(1), month.atEndOfMonth());
    }

    private static UUID member(int number) {
        return new UUID(0, number);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
