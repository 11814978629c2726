package io.huike.plumbing.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the transactional outbox and of the relay that publishes it to Kafka. */
@ConfigMapping(prefix = "huike.outbox")
public interface OutboxConfig {

    /** Topic this service publishes its events to; without one the service publishes nothing. */
    Optional<String> topic();

    /** The CloudEvents {@code source} of this service's events. */
    @WithDefault("${quarkus.application.name}")
    String source();

    /** Whether this instance runs the relay (several instances may; one publishes at a time). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Most outbox rows published in one batch. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for new rows when the outbox is empty; a commit wakes it sooner. */
    @WithDefault("PT1S")
    Duration idlePoll();

    /** Longest pause between attempts while Kafka or the database is unreachable. */
    @WithDefault("PT5S")
    Duration maxBackoff();

    /** How long the broker may take to acknowledge a record before the attempt counts as failed. */
    @WithDefault("PT30S")
    Duration deliveryTimeout();

    /** How long published rows are kept before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
