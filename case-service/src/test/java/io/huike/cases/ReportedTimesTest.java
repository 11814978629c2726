package io.huike.cases;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportedTimesTest {

    private static final Instant NOW = Instant.parse("2026-05-06T02:00:00Z");
    private static final Instant SINCE = Instant.parse("2026-05-01T02:00:00Z");
    private static final Duration SKEW = ReportedTimes.CLOCK_TOLERANCE;
    private static final Duration TICK = Duration.ofNanos(1000);

    @Test
    void aTimeUpToTheClockToleranceAheadIsAcceptedAndOneTickMoreIsRefusedNamingTheField() {
        assertThatCode(() -> ReportedTimes.requirePast(NOW, NOW, "visitedAt")).doesNotThrowAnyException();
        assertThatCode(() -> ReportedTimes.requirePast(NOW.plus(SKEW), NOW, "visitedAt"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportedTimes.requirePast(NOW.plus(SKEW).plus(TICK), NOW, "visitedAt"))
                .isInstanceOf(CaseRuleViolation.class)
                .extracting(e -> ((CaseRuleViolation) e).field())
                .isEqualTo("visitedAt");
        assertThatThrownBy(() -> ReportedTimes.requirePast(NOW.plus(Duration.ofDays(365)), NOW, "visitedAt"))
                .isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void aTimeUpToTheClockToleranceBeforeWhatItFollowsIsAcceptedAndOneTickMoreIsRefused() {
        assertThatCode(() -> ReportedTimes.requireBetween(SINCE, SINCE, "the referral", NOW, "repliedAt"))
                .doesNotThrowAnyException();
        assertThatCode(() -> ReportedTimes.requireBetween(SINCE.minus(SKEW), SINCE, "the referral", NOW, "repliedAt"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportedTimes.requireBetween(
                        SINCE.minus(SKEW).minus(TICK), SINCE, "the referral", NOW, "repliedAt"))
                .isInstanceOf(CaseRuleViolation.class)
                .hasMessageContaining("the referral")
                .extracting(e -> ((CaseRuleViolation) e).field())
                .isEqualTo("repliedAt");
        assertThatThrownBy(() -> ReportedTimes.requireBetween(
                        NOW.plus(SKEW).plus(TICK), SINCE, "the referral", NOW, "repliedAt"))
                .isInstanceOf(CaseRuleViolation.class)
                .hasMessageContaining("future");
    }
}
