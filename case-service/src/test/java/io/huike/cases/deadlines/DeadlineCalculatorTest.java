package io.huike.cases.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huike.cases.Category;
import io.huike.cases.Urgency;
import io.huike.kernel.calendar.OfficialCalendar;
import io.huike.kernel.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

    private final WorkingDays official = OfficialCalendar.official().workingDays();

    private static Instant beijing(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), DeadlineCalculator.COMMUNITY_ZONE)
                .toInstant();
    }

    @Test
    void aGeneralMatterRegisteredBeforeTheSpringFestivalCountsTheMakeUpSaturdayAndSkipsTheHoliday() {
        // Friday 13 Feb 2026; Saturday 14 Feb is a make-up working day, 15-23 Feb are the Spring Festival holiday.
        Instant registered = beijing("2026-02-13T10:00:00");
        DeadlinePolicy policy = DeadlinePolicy.defaultFor(Category.POLICY_CONSULTATION, Urgency.NORMAL);

        var deadlines = DeadlineCalculator.deadlines(registered, policy, official);

        assertThat(deadlines.firstContactDueAt()).isEqualTo(beijing("2026-02-15T00:00:00"));
        // Working days after 13 Feb: 14 (make-up), 24, 25, 26, 27 -> due at the end of 27 Feb.
        assertThat(deadlines.feedbackDueAt()).isEqualTo(beijing("2026-02-28T00:00:00"));
    }

    @Test
    void aGeneralMatterRegisteredOnTheEveOfNationalDayWaitsOutTheHolidayAndCountsTheMakeUpSaturday() {
        Instant registered = beijing("2026-09-30T09:00:00");
        DeadlinePolicy policy = DeadlinePolicy.defaultFor(Category.DISPUTE_MEDIATION, Urgency.NORMAL);

        var deadlines = DeadlineCalculator.deadlines(registered, policy, official);

        // 1-7 Oct off; 8 Oct is the first working day; 10 Oct (Saturday) is worked; 11 Oct (Sunday) is not.
        assertThat(deadlines.firstContactDueAt()).isEqualTo(beijing("2026-10-09T00:00:00"));
        assertThat(deadlines.feedbackDueAt()).isEqualTo(beijing("2026-10-14T00:00:00"));
    }

    @Test
    void theSundayBeforeNationalDayIsAMakeUpWorkingDay() {
        Instant saturday = beijing("2026-09-19T15:00:00");

        Instant due = DeadlineCalculator.due(saturday, DeadlineRule.workingDays(1), official);

        assertThat(due).isEqualTo(beijing("2026-09-21T00:00:00"));
    }

    @Test
    void emergenciesAndUtilitiesCountClockHoursEvenOnHolidays() {
        Instant newYearsDay = beijing("2026-01-01T22:30:00");

        var urgent = DeadlineCalculator.deadlines(
                newYearsDay, DeadlinePolicy.defaultFor(Category.OTHER, Urgency.URGENT), official);
        var burstPipe = DeadlineCalculator.deadlines(
                newYearsDay, DeadlinePolicy.defaultFor(Category.WATER_DRAINAGE, Urgency.NORMAL), official);

        assertThat(urgent.firstContactDueAt()).isEqualTo(beijing("2026-01-01T23:30:00"));
        assertThat(urgent.feedbackDueAt()).isEqualTo(beijing("2026-01-02T00:30:00"));
        assertThat(burstPipe.firstContactDueAt()).isEqualTo(beijing("2026-01-02T02:30:00"));
        assertThat(burstPipe.feedbackDueAt()).isEqualTo(beijing("2026-01-02T22:30:00"));
    }

    @Test
    void aLocalClosureOfTheCommunityIsSkippedLikeAHoliday() {
        WorkingDays withClosure = OfficialCalendar.official().withClosures(Map.of(LocalDate.of(2026, 5, 12), "停电检修"));
        Instant monday = beijing("2026-05-11T09:00:00");

        Instant due = DeadlineCalculator.due(monday, DeadlineRule.workingDays(1), withClosure);

        assertThat(due).isEqualTo(beijing("2026-05-14T00:00:00"));
    }

    @Test
    void aDeadlineRunningIntoAYearWithoutAnOfficialNoticeCountsItsWeekdays() {
        // Wednesday 30 Dec 2026: 31 Dec is worked; 2027 has no notice yet, so 1, 4 and 5 Jan 2027 are counted.
        Instant registered = beijing("2026-12-30T10:00:00");

        Instant due = DeadlineCalculator.due(registered, DeadlineRule.workingDays(4), official);

        assertThat(due).isEqualTo(beijing("2027-01-06T00:00:00"));
    }

    @Test
    void rulesAreWrittenAsHoursOrWorkingDays() {
        assertThat(DeadlineRule.parse("24h")).isEqualTo(DeadlineRule.hours(24));
        assertThat(DeadlineRule.parse("5wd")).isEqualTo(DeadlineRule.workingDays(5));
        assertThatThrownBy(() -> DeadlineRule.parse("5 days")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineRule.parse("0h")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRuleTheApiAllowsGivesADeadlineAfterItsStartWhereverTheCalendarEnds() {
        java.util.regex.Pattern allowed = java.util.regex.Pattern.compile(DeadlineRule.PATTERN);
        int lastYear = OfficialCalendar.official().coveredYears().last().getValue();
        for (String start : new String[] {"2026-02-13T10:00:00", lastYear + "-12-31T23:30:00", "2099-12-31T12:00:00"}) {
            Instant registered = beijing(start);
            for (String unit : new String[] {"h", "wd"}) {
                for (int amount = 1; amount <= 999; amount++) {
                    String text = amount + unit;
                    if (!allowed.matcher(text).matches()) {
                        continue;
                    }
                    Instant due = DeadlineCalculator.due(registered, DeadlineRule.parse(text), official);
                    assertThat(due).as(text + " from " + start).isAfter(registered);
                    assertThat(due)
                            .as(text + " from " + start)
                            .isBefore(registered.plus(java.time.Duration.ofDays(60)));
                }
            }
        }
    }
}
