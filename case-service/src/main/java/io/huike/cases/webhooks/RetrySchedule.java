package io.huike.cases.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a delivery is tried again: the first attempt is at once, each failed one waits the next delay of the
 * schedule, and once the schedule is used up the delivery has failed.
 */
public record RetrySchedule(List<Duration> delays) {

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    /** When to try again after {@code failedAttempts} attempts failed, the last at {@code now}; empty once given up. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts < 1 || failedAttempts > delays.size()) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delays.get(failedAttempts - 1)));
    }
}
