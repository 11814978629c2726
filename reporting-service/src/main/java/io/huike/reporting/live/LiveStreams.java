package io.huike.reporting.live;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens live figure-change streams for a token: at most a few at once per subject, each ending when the token that
 * opened it expires, so that a stream never outlives the right to read what it tells.
 */
@ApplicationScoped
public class LiveStreams {

    private final FigureChangeFeed feed;
    private final LiveConfig config;
    private final Map<String, Integer> openBySubject = new ConcurrentHashMap<>();

    LiveStreams(FigureChangeFeed feed, LiveConfig config) {
        this.feed = feed;
        this.config = config;
    }

    /**
     * The changes of these communities until the token's expiry, counted against the subject's streams from now
     * until the stream ends, fails or its reader goes away.
     *
     * @throws TooManyStreams when the subject already holds as many streams as it may
     */
    public Multi<FiguresChanged> open(String subject, Set<String> communities, Instant tokenExpiry) {
        if (!admit(subject)) {
            throw new TooManyStreams(config.maxStreamsPerSubject(), config.retryAfter());
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                openBySubject.computeIfPresent(subject, (s, open) -> open <= 1 ? null : open - 1);
            }
        };
        Duration left = Duration.between(Instant.now(), tokenExpiry);
        Multi<FiguresChanged> changes = left.isNegative() || left.isZero()
                ? Multi.createFrom().empty()
                : feed.of(communities).select().first(left);
        return changes.onTermination().invoke(release);
    }

    /** Streams the subject holds now; for tests and metrics. */
    public int openStreams(String subject) {
        return openBySubject.getOrDefault(subject, 0);
    }

    private boolean admit(String subject) {
        AtomicBoolean admitted = new AtomicBoolean();
        openBySubject.compute(subject, (s, open) -> {
            int held = open == null ? 0 : open;
            if (held >= config.maxStreamsPerSubject()) {
                return open;
            }
            admitted.set(true);
            return held + 1;
        });
        return admitted.get();
    }
}
