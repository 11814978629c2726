package io.huike.cases.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How webhooks are sent. */
@ConfigMapping(prefix = "huike.webhooks")
public interface WebhookSettings {

    /** Waits between a failed attempt and the next; once used up, the delivery has failed. */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays();

    /** How long a rotated-out secret still signs deliveries beside the new one. */
    @WithDefault("24h")
    Duration secretOverlap();

    /** Longest wait to connect to a receiver. */
    @WithDefault("3s")
    Duration connectTimeout();

    /** Longest wait for a receiver's answer once the request is sent. */
    @WithDefault("5s")
    Duration responseTimeout();

    /** How often the sender looks for due deliveries (read by its schedule). */
    @WithDefault("1s")
    Duration sendEvery();

    /** How long after start-up the sender first looks (read by its schedule). */
    @WithDefault("5s")
    Duration sendDelayed();

    /** Deliveries one round of the sender tries at most; the rest wait for the next round. */
    @WithDefault("50")
    int batchSize();

    /** Internal networks (CIDR) webhooks may go to all the same, e.g. {@code 127.0.0.1/32}; none by default. */
    Optional<List<String>> allowedPrivateNetworks();
}
