package io.huike.reporting.live;

import java.time.Duration;

/** A subject asked for another live stream while holding as many as it may. */
public class TooManyStreams extends RuntimeException {

    private final int limit;
    private final Duration retryAfter;

    TooManyStreams(int limit, Duration retryAfter) {
        super("The caller already holds " + limit + " live streams; close one or retry later");
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public int limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
