package io.huike.reporting.live;

import io.huike.plumbing.problems.Problem;
import io.huike.plumbing.problems.ProblemException;
import java.time.Duration;
import java.util.Map;

/** A subject asked for another live stream while holding as many as it may; answered 429 with Retry-After. */
public class TooManyStreams extends ProblemException {

    private final Duration retryAfter;

    TooManyStreams(int limit, Duration retryAfter) {
        super(new Problem(
                type("too-many-streams"),
                "Too many requests",
                429,
                "The caller already holds " + limit + " live streams; close one or retry later",
                null,
                Map.of("limit", limit)));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
