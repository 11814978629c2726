package io.huike.workbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.workbench.cases.client.CaseRecord;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineViewTest {

    static final Instant NOW = Instant.parse("2026-05-06T02:00:00Z");

    @Test
    void aDeadlineKeptShowsWhenItWasMet() {
        Instant met = NOW.minus(Duration.ofHours(3));
        DeadlineView view = DeadlineView.of(new CaseRecord.Deadline(NOW.plus(Duration.ofDays(2)), met, false), NOW);

        assertThat(view.state()).isEqualTo(DeadlineView.State.MET);
        assertThat(view.metAt()).isEqualTo(met);
    }

    @Test
    void aDeadlinePassedUnmetIsOverdueWithHowLate() {
        DeadlineView view = DeadlineView.of(new CaseRecord.Deadline(NOW.minus(Duration.ofHours(5)), null, true), NOW);

        assertThat(view.state()).isEqualTo(DeadlineView.State.OVERDUE);
        assertThat(view.isOverdue()).isTrue();
        assertThat(view.amount()).isEqualTo(5);
        assertThat(view.unit()).isEqualTo(DeadlineView.Unit.HOURS);
    }

    @Test
    void lessThanADayLeftIsDueSoonAndMoreThanTwoDaysIsCountedInDays() {
        DeadlineView soon =
                DeadlineView.of(new CaseRecord.Deadline(NOW.plus(Duration.ofMinutes(40)), null, false), NOW);
        DeadlineView later = DeadlineView.of(new CaseRecord.Deadline(NOW.plus(Duration.ofDays(4)), null, false), NOW);

        assertThat(soon.state()).isEqualTo(DeadlineView.State.DUE_SOON);
        assertThat(soon.amount()).isEqualTo(40);
        assertThat(soon.unit()).isEqualTo(DeadlineView.Unit.MINUTES);
        assertThat(later.state()).isEqualTo(DeadlineView.State.RUNNING);
        assertThat(later.amount()).isEqualTo(4);
        assertThat(later.unit()).isEqualTo(DeadlineView.Unit.DAYS);
    }

    @Test
    void aPassedDeadlineTheServiceNoLongerCountsIsNotShownAsOverdue() {
        DeadlineView view = DeadlineView.of(new CaseRecord.Deadline(NOW.minus(Duration.ofDays(1)), null, false), NOW);

        assertThat(view.state()).isEqualTo(DeadlineView.State.STOPPED);
        assertThat(view.isOverdue()).isFalse();
    }

    @Test
    void noDeadlineIsNone() {
        assertThat(DeadlineView.of(null, NOW).state()).isEqualTo(DeadlineView.State.NONE);
        assertThat(DeadlineView.of(new CaseRecord.Deadline(null, null, false), NOW)
                        .state())
                .isEqualTo(DeadlineView.State.NONE);
    }
}
