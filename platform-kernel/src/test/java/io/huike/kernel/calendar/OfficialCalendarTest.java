package io.huike.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfficialCalendarTest {

    private final OfficialCalendar calendar = OfficialCalendar.official();
    private final WorkingDays official = calendar.workingDays();

    @Test
    void springFestival2026IsNineDaysOffWithTheSaturdayBeforeAndTheSaturdayAfterWorked() {
        assertThat(official.day(date("2026-02-14")))
                .isEqualTo(new CalendarDay(date("2026-02-14"), DayKind.MAKEUP_WORKDAY, "春节"));
        assertThat(official.workingDaysIn(date("2026-02-15"), date("2026-02-23")))
                .isEmpty();
        assertThat(official.day(date("2026-02-16")).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(official.isWorkingDay(date("2026-02-24"))).isTrue();
        assertThat(official.isWorkingDay(date("2026-02-28"))).isTrue();
        assertThat(official.day(date("2026-03-01")).kind()).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void theWorkingDayAfterTheFridayBeforeSpringFestivalIsTheMakeUpSaturday() {
        assertThat(official.plusWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-14"));
        assertThat(official.plusWorkingDays(date("2026-02-14"), 1)).isEqualTo(date("2026-02-24"));
    }

    @Test
    void nationalDay2026IsOctoberFirstToSeventhWithSeptember20AndOctober10Worked() {
        assertThat(official.workingDaysIn(date("2026-10-01"), date("2026-10-07")))
                .isEmpty();
        assertThat(official.day(date("2026-10-05")))
                .isEqualTo(new CalendarDay(date("2026-10-05"), DayKind.HOLIDAY, "国庆节"));
        assertThat(official.day(date("2026-09-20")).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(official.day(date("2026-10-10")).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(official.isWorkingDay(date("2026-10-08"))).isTrue();
        assertThat(official.isWorkingDay(date("2026-10-11"))).isFalse();
        assertThat(official.day(date("2026-09-25")).name()).isEqualTo("中秋节");
    }

    @Test
    void afterSeptember30the4thWorkingDayIsOctober12AndThe5thOctober13() {
        // Oct 1-7 off; Oct 8 (Thu) 1st, Oct 9 (Fri) 2nd, Oct 10 (make-up Sat) 3rd, Oct 11 (Sun) off, Oct 12 4th.
        assertThat(official.plusWorkingDays(date("2026-09-30"), 4)).isEqualTo(date("2026-10-12"));
        assertThat(official.plusWorkingDays(date("2026-09-30"), 5)).isEqualTo(date("2026-10-13"));
        assertThat(official.workingDaysBetween(date("2026-09-30"), date("2026-10-13")))
                .isEqualTo(5);
        assertThat(official.workingDaysBetween(date("2026-10-13"), date("2026-09-30")))
                .isEqualTo(-5);
    }

    @Test
    void theLabourDayBreakPushesTheNextWorkingDayAfterApril30ToMay6() {
        assertThat(official.plusWorkingDays(date("2026-04-30"), 1)).isEqualTo(date("2026-05-06"));
        assertThat(official.isWorkingDay(date("2026-05-09"))).isTrue();
    }

    @Test
    void may2026Has19WorkingDaysAndOctober2026Has18() {
        // May: 21 weekdays, minus May 1, 4 and 5, plus Saturday May 9. October: 22 weekdays, minus Oct 1, 2, 5, 6
        // and 7, plus Saturday Oct 10.
        assertThat(official.workingDaysIn(date("2026-05-01"), date("2026-05-31")))
                .hasSize(19)
                .startsWith(date("2026-05-06"), date("2026-05-07"), date("2026-05-08"), date("2026-05-09"));
        assertThat(official.workingDaysIn(date("2026-10-01"), date("2026-10-31")))
                .hasSize(18)
                .startsWith(date("2026-10-08"), date("2026-10-09"), date("2026-10-10"), date("2026-10-12"));
    }

    @Test
    void eachCoveredYearHas248WorkingDays() {
        // 261 weekdays in 2026, 19 of them holidays, 6 make-up weekend days; 2025: 261, 18 and 5.
        assertThat(official.workingDaysBetween(date("2025-12-31"), date("2026-12-31")))
                .isEqualTo(248);
        assertThat(official.workingDaysBetween(date("2025-01-01"), date("2025-12-31")))
                .isEqualTo(248);
    }

    @Test
    void newYear2026TakesThursdayToSaturdayAndWorksSundayJanuary4() {
        assertThat(official.plusWorkingDays(date("2025-12-31"), 1)).isEqualTo(date("2026-01-04"));
        assertThat(official.day(date("2026-01-02")).name()).isEqualTo("元旦");
    }

    @Test
    void theCombinedNationalDayAndMidAutumnBreakOf2025RunsToOctober8() {
        assertThat(official.day(date("2025-10-08")))
                .isEqualTo(new CalendarDay(date("2025-10-08"), DayKind.HOLIDAY, "国庆节、中秋节"));
        assertThat(official.isWorkingDay(date("2025-09-28"))).isTrue();
        assertThat(official.isWorkingDay(date("2025-10-11"))).isTrue();
        assertThat(official.isWorkingDay(date("2025-01-26"))).isTrue();
    }

    @Test
    void aLocalClosureTakesAWorkingDayAwayButLeavesWeekendsAndHolidaysAsTheyAre() {
        WorkingDays gulou = calendar.withClosures(
                Map.of(date("2026-10-09"), "水管抢修", date("2026-10-11"), "周日", date("2026-10-02"), "国庆"));

        assertThat(gulou.day(date("2026-10-09")))
                .isEqualTo(new CalendarDay(date("2026-10-09"), DayKind.LOCAL_CLOSURE, "水管抢修"));
        assertThat(gulou.day(date("2026-10-11")).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(gulou.day(date("2026-10-02")).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(gulou.plusWorkingDays(date("2026-09-30"), 5)).isEqualTo(date("2026-10-14"));
        assertThat(official.isWorkingDay(date("2026-10-09"))).isTrue();
    }

    @Test
    void yearsWithoutAStateCouncilNoticeAreRefusedRatherThanGuessed() {
        assertThat(calendar.coveredYears()).containsExactly(Year.of(2025), Year.of(2026));
        assertThatThrownBy(() -> official.isWorkingDay(date("2027-01-04")))
                .isInstanceOf(DateOutsideCalendarException.class)
                .hasMessageContaining("2027");
        assertThatThrownBy(() -> official.isWorkingDay(date("2024-12-31")))
                .isInstanceOf(DateOutsideCalendarException.class);
        assertThat(official.plusWorkingDays(date("2026-12-30"), 1)).isEqualTo(date("2026-12-31"));
        assertThatThrownBy(() -> official.plusWorkingDays(date("2026-12-30"), 2))
                .isInstanceOf(DateOutsideCalendarException.class);
    }

    @Test
    void aCalendarFileThatContradictsItselfIsRefused() {
        String header = "# test\ndate,kind,name\n";

        assertThatThrownBy(() -> parse(header + "2026-10-09,MAKEUP_WORKDAY,国庆节\n"))
                .hasMessageContaining("line 3")
                .hasMessageContaining("weekday");
        assertThatThrownBy(() -> parse(header + "2026-10-01,HOLIDAY,国庆节\n2026-10-01,HOLIDAY,国庆节\n"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> parse(header + "2026-10-01,WEEKEND,国庆节\n"))
                .hasMessageContaining("HOLIDAY or MAKEUP_WORKDAY");
        assertThatThrownBy(() -> parse("2026-10-01,HOLIDAY,国庆节\n")).hasMessageContaining("header");
    }

    private static OfficialCalendar parse(String text) throws Exception {
        return OfficialCalendar.parse(new StringReader(text), "test.csv");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
