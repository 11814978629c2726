package io.huike.cases.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
    private final RetrySchedule schedule =
            new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30)));

    @Test
    void eachFailedAttemptWaitsTheNextDelay() {
        assertThat(schedule.nextAttempt(1, NOW)).contains(NOW.plusSeconds(5));
        assertThat(schedule.nextAttempt(2, NOW)).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(schedule.nextAttempt(3, NOW)).contains(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void onceTheDelaysAreUsedUpTheDeliveryHasFailed() {
        assertThat(schedule.nextAttempt(4, NOW)).isEmpty();
    }
}
