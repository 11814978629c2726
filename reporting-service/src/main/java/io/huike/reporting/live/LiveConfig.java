package io.huike.reporting.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of the live figure-change streams. */
@ConfigMapping(prefix = "huike.reporting.live")
public interface LiveConfig {

    /** Most streams one token subject may hold open at once on this instance; more are refused with 429. */
    @WithDefault("3")
    int maxStreamsPerSubject();

    /** How long a refused caller is told (Retry-After) to wait before opening another stream. */
    @WithDefault("PT30S")
    Duration retryAfter();
}
