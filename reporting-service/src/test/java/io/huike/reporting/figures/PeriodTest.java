package io.huike.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a period splits into whole months, read from the tallies, and days read case by case. */
class PeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void thisMonthUpToTodayIsAWholeMonth() {
        Period period = Period.of(LocalDate.of(2026, 11, 1), TODAY, TODAY);

        assertThat(period.months()).contains(new Period.Days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(period.days()).isEmpty();
    }

    @Test
    void daysBeforeTheFirstAndAfterTheLastWholeMonthAreReadCaseByCase() {
        Period period = Period.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 10), TODAY);

        assertThat(period.months()).contains(new Period.Days(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31)));
        assertThat(period.days())
                .containsExactly(
                        new Period.Days(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 31)),
                        new Period.Days(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10)));
    }

    @Test
    void aPeriodWithinOneMonthHasNoWholeMonth() {
        Period period = Period.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30), TODAY);

        assertThat(period.months()).isEmpty();
        assertThat(period.days()).containsExactly(new Period.Days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30)));
    }

    @Test
    void thisMonthEndingBeforeTodayIsNotWhole() {
        Period period = Period.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20), TODAY);

        assertThat(period.months()).isEmpty();
    }
}
