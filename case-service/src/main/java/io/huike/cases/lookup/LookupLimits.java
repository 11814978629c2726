package io.huike.cases.lookup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * How often residents' status lookups may be tried, so that the last four digits of a phone number cannot be guessed:
 * a client address may look up so many cases per window, and a tracking number may fail so many times per window,
 * after which it is refused even with the right digits until the oldest failure leaves the window. Counts are kept in
 * this instance's memory (a sliding log per address and per number): with several instances each counts its own, and
 * a shared store would be needed to hold the limits together.
 */
public final class LookupLimits {

    /** How many attempts a window admits. */
    public record Limit(int attempts, Duration window) {

        public Limit {
            if (attempts < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("A limit admits at least one attempt in a positive window");
            }
        }
    }

    /** Above this many keys, those whose attempts have all left their window are forgotten. */
    static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Limit perClient;
    private final Limit failuresPerNumber;
    private final Map<String, Deque<Instant>> lookupsByClient = new HashMap<>();
    private final Map<String, Deque<Instant>> failuresByNumber = new HashMap<>();

    public LookupLimits(Clock clock, Limit perClient, Limit failuresPerNumber) {
        this.clock = clock;
        this.perClient = perClient;
        this.failuresPerNumber = failuresPerNumber;
    }

    /**
     * Admits a lookup of {@code number} by {@code client} and counts it against the client, or refuses it: the client
     * has used up its lookups (not counted then), or the number has failed too often (counted: trying a locked
     * number still spends the client's lookups).
     */
    public synchronized void admit(String client, String number) {
        Instant now = clock.instant();
        Deque<Instant> lookups = recent(lookupsByClient, client, perClient.window(), now);
        if (lookups.size() >= perClient.attempts()) {
            throw new LookupsLimited(
                    LookupsLimited.Reason.CLIENT, retryAfter(lookups.peekFirst(), perClient.window(), now));
        }
        lookups.addLast(now);
        Deque<Instant> failures = recent(failuresByNumber, number, failuresPerNumber.window(), now);
        if (failures.size() >= failuresPerNumber.attempts()) {
            throw new LookupsLimited(
                    LookupsLimited.Reason.NUMBER, retryAfter(failures.peekFirst(), failuresPerNumber.window(), now));
        }
        sweep(now);
    }

    /** Counts a failed lookup of {@code number}: no such case, or not those digits. */
    public synchronized void failed(String number) {
        Instant now = clock.instant();
        recent(failuresByNumber, number, failuresPerNumber.window(), now).addLast(now);
    }

    /** The attempts of a key still inside the window, the older ones dropped. */
    private static Deque<Instant> recent(Map<String, Deque<Instant>> log, String key, Duration window, Instant now) {
        Deque<Instant> attempts = log.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant since = now.minus(window);
        while (!attempts.isEmpty() && !attempts.peekFirst().isAfter(since)) {
            attempts.removeFirst();
        }
        return attempts;
    }

    /** When the oldest attempt leaves the window, in whole seconds and at least one. */
    private static Duration retryAfter(Instant oldest, Duration window, Instant now) {
        Duration left = Duration.between(now, oldest.plus(window));
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    private void sweep(Instant now) {
        if (lookupsByClient.size() + failuresByNumber.size() <= SWEEP_ABOVE) {
            return;
        }
        forgetIdle(lookupsByClient, perClient.window(), now);
        forgetIdle(failuresByNumber, failuresPerNumber.window(), now);
    }

    private static void forgetIdle(Map<String, Deque<Instant>> log, Duration window, Instant now) {
        Instant since = now.minus(window);
        for (Iterator<Deque<Instant>> it = log.values().iterator(); it.hasNext(); ) {
            Deque<Instant> attempts = it.next();
            if (attempts.isEmpty() || !attempts.peekLast().isAfter(since)) {
                it.remove();
            }
        }
    }

    /** How many keys are remembered, for tests of the sweep. */
    synchronized int remembered() {
        return lookupsByClient.size() + failuresByNumber.size();
    }
}
