package io.huike.workbench.status;

import io.huike.workbench.WorkbenchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many status lookups one client address may make: at most {@code huike.status.lookups-per-window} within any
 * {@code huike.status.window}. Guessing the last four digits of a phone takes up to 10,000 tries; this keeps one
 * address to a handful, on top of case-service's own limit. Kept in memory, per workbench instance.
 */
@ApplicationScoped
public class LookupLimiter {

    /** Above this many addresses, those without a recent lookup are forgotten. */
    static final int TIDY_ABOVE = 10_000;

    private final int allowed;
    private final Duration window;
    private final Map<String, Deque<Instant>> lookups = new ConcurrentHashMap<>();

    @Inject
    LookupLimiter(WorkbenchConfig config) {
        this(config.status().lookupsPerWindow(), config.status().window());
    }

    LookupLimiter(int allowed, Duration window) {
        if (allowed < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A lookup limit needs at least one lookup in a positive window");
        }
        this.allowed = allowed;
        this.window = window;
    }

    /** The answer to one address's request for a lookup. */
    public record Decision(boolean allowed, long retryAfterSeconds) {}

    /** Counts a lookup from the address if it is within the limit; otherwise says how long to wait. */
    public Decision tryLookup(String address, Instant now) {
        if (lookups.size() > TIDY_ABOVE) {
            forgetIdle(now);
        }
        Deque<Instant> times = lookups.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            Instant since = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() >= allowed) {
                Duration wait = Duration.between(now, times.peekFirst().plus(window));
                return new Decision(false, Math.max(1, (wait.toMillis() + 999) / 1000));
            }
            times.addLast(now);
            return new Decision(true, 0);
        }
    }

    private void forgetIdle(Instant now) {
        Instant since = now.minus(window);
        lookups.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                Instant last = entry.getValue().peekLast();
                return last == null || !last.isAfter(since);
            }
        });
    }

    int addressesKept() {
        return lookups.size();
    }
}
