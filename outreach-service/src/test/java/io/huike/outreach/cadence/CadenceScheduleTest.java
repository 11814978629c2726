package io.huike.outreach.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cadence rule in plain Java: a year's windows and which of them are due or overdue. */
class CadenceScheduleTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void calendarPeriodsCutTheYearIntoWindows() {
        assertThat(CadenceSchedule.windows(CadencePeriod.MONTHLY, null, 2026, List.of()))
                .hasSize(12)
                .element(1)
                .isEqualTo(new CadenceWindow(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), null));
        assertThat(CadenceSchedule.windows(CadencePeriod.QUARTERLY, null, 2026, List.of()))
                .extracting(CadenceWindow::to)
                .containsExactly(
                        LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 9, 30),
                        LocalDate.of(2026, 12, 31));
        assertThat(CadenceSchedule.windows(CadencePeriod.YEARLY, null, 2026, List.of()))
                .containsExactly(new CadenceWindow(JAN_1, LocalDate.of(2026, 12, 31), null));
    }

    @Test
    void beforeHolidaysIsTheDaysLeadingUpToEachHolidaysFirstDayOff() {
        List<CadenceWindow> windows =
                CadenceSchedule.windows(CadencePeriod.BEFORE_HOLIDAYS, 14, 2026, OfficialHolidays.of(2026));

        assertThat(windows)
                .extracting(CadenceWindow::occasion)
                .containsExactly("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
        assertThat(windows.get(1))
                .isEqualTo(new CadenceWindow(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 14), "春节"));
    }

    @Test
    void aWindowWithoutTheActivityIsDueUntilItsLastDayAndOverdueAfter() {
        List<CadenceWindow> quarters = CadenceSchedule.windows(CadencePeriod.QUARTERLY, null, 2026, List.of());

        List<CadenceTask> tasks =
                CadenceSchedule.tasks(quarters, Set.of(LocalDate.of(2026, 2, 3)), JAN_1, LocalDate.of(2026, 8, 15));

        assertThat(tasks)
                .extracting(t -> t.window().to(), CadenceTask::status)
                .containsExactly(
                        tuple(LocalDate.of(2026, 6, 30), CadenceTask.Status.OVERDUE),
                        tuple(LocalDate.of(2026, 9, 30), CadenceTask.Status.DUE));
    }

    @Test
    void windowsThatEndedBeforeTheRuleOrTheHouseholdAskForNothing() {
        List<CadenceWindow> months = CadenceSchedule.windows(CadencePeriod.MONTHLY, null, 2026, List.of());

        List<CadenceTask> tasks =
                CadenceSchedule.tasks(months, Set.of(), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 2));

        assertThat(tasks)
                .extracting(t -> t.window().from(), CadenceTask::status)
                .containsExactly(
                        tuple(LocalDate.of(2026, 11, 1), CadenceTask.Status.OVERDUE),
                        tuple(LocalDate.of(2026, 12, 1), CadenceTask.Status.DUE));
    }
}
