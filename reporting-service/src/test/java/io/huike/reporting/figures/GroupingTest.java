package io.huike.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where the groups in time begin, from which volunteers registered earlier are carried forward. */
class GroupingTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 15);
    private static final LocalDate TO = LocalDate.of(2026, 6, 2);

    @Test
    void monthsBeginOnThePeriodsFirstDayThenOnTheFirstOfEachMonth() {
        assertThat(Grouping.MONTH.periodStarts(FROM, TO))
                .containsExactly(FROM, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
    }

    @Test
    void daysAreEachTheirOwnGroupAndOtherSplitsHaveOneGroupInTime() {
        assertThat(Grouping.DAY.periodStarts(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 1)))
                .containsExactly(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 1));
        assertThat(Grouping.DISTRICT.periodStarts(FROM, TO)).containsExactly(FROM);
        assertThat(Grouping.NONE.periodStarts(FROM, TO)).containsExactly(FROM);
    }
}
