package io.huike.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PaperLogTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 4 December 2026, 10:00 in Beijing. */
    private static final Instant NOW = beijing("2026-12-04T10:00:00");

    private static final Duration TICK = Duration.ofNanos(1000);

    @Test
    void thirtyDaysReachBackToTheStartOfTheDayThirtyDaysAgoInTheCommunitysZone() {
        PaperLog log = new PaperLog(30);

        assertThat(log.earliest(NOW)).isEqualTo(beijing("2026-11-04T00:00:00"));
        assertThatCode(() -> log.requireRecent(beijing("2026-11-04T00:00:00"), NOW, "visitedAt"))
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () -> log.requireRecent(beijing("2026-11-04T00:00:00").minus(TICK), NOW, "visitedAt"))
                .isInstanceOfSatisfying(PaperLog.TooOld.class, refused -> {
                    assertThat(refused.field()).isEqualTo("visitedAt");
                    assertThat(refused.maxAgeDays()).isEqualTo(30);
                    assertThat(refused.earliest()).isEqualTo(beijing("2026-11-04T00:00:00"));
                    assertThat(refused.getMessage()).contains("30 days");
                });
    }

    @Test
    void theDayCountsInBeijingEvenWhenItIsStillYesterdayInUtc() {
        // 00:30 on 5 December in Beijing is 16:30 on 4 December UTC.
        Instant justAfterMidnight = beijing("2026-12-05T00:30:00");

        assertThat(new PaperLog(1).earliest(justAfterMidnight)).isEqualTo(beijing("2026-12-04T00:00:00"));
    }

    @Test
    void aReportedTimeIsCheckedBothWaysAndATimeAheadWithinTheClockToleranceCountsAsNow() {
        PaperLog log = PaperLog.DEFAULT;
        Instant threeDaysAgo = NOW.minus(Duration.ofDays(3));

        assertThat(log.occurrence(threeDaysAgo, NOW, "occurredAt")).isEqualTo(threeDaysAgo);
        assertThat(log.occurrence(NOW.plus(Duration.ofMinutes(4)), NOW, "occurredAt"))
                .isEqualTo(NOW);
        assertThatThrownBy(() -> log.occurrence(NOW.plus(Duration.ofMinutes(6)), NOW, "occurredAt"))
                .isInstanceOfSatisfying(
                        CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("occurredAt"))
                .isNotInstanceOf(PaperLog.TooOld.class);
        assertThatThrownBy(() -> log.occurrence(NOW.minus(Duration.ofDays(40)), NOW, "occurredAt"))
                .isInstanceOf(PaperLog.TooOld.class);
    }

    @Test
    void aCommunityMayAllowFromOneDayToAYearButNotLessOrMore() {
        assertThatCode(() -> new PaperLog(1)).doesNotThrowAnyException();
        assertThatCode(() -> new PaperLog(366)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new PaperLog(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaperLog(367)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PaperLog.DEFAULT.maxAgeDays()).isEqualTo(30);
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }
}
