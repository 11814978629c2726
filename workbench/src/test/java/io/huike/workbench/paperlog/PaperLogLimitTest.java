package io.huike.workbench.paperlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaperLogLimitTest {

    @Test
    void thirtyDaysOnTheFourthOfDecemberReachBackToTheFourthOfNovemberAtMidnightInBeijing() {
        PaperLogLimit limit = PaperLogLimit.of(30, Instant.parse("2026-12-04T02:00:00Z"));

        assertThat(limit.earliest()).isEqualTo(Instant.parse("2026-11-03T16:00:00Z"));
        assertThat(limit.earliestInput()).isEqualTo("2026-11-04T00:00");
    }

    @Test
    void theDayCountedIsBeijingsEvenWhenItIsStillYesterdayInUtc() {
        Instant justAfterMidnightInBeijing = Instant.parse("2026-12-03T16:30:00Z");

        assertThat(PaperLogLimit.of(1, justAfterMidnightInBeijing).earliestInput())
                .isEqualTo("2026-12-03T00:00");
    }

    @Test
    void aTimeAFewMinutesAheadOfOurClockIsNotYetTheFuture() {
        Instant now = Instant.parse("2026-05-06T02:00:00Z");

        assertThat(PaperLogLimit.inFuture(now.plusSeconds(4 * 60), now)).isFalse();
        assertThat(PaperLogLimit.inFuture(now.plusSeconds(6 * 60), now)).isTrue();
    }
}
