package io.huike.cases.webhooks.messaging;

import io.huike.cases.webhooks.WebhookDeliveries;
import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.events.MalformedEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads the three topics with a consumer group of its own and records the deliveries each event owes; sending is
 * left to {@link WebhookDeliveries}' sender, so a receiver's trouble never holds up this consumer. The inbox is not
 * used: the service's own consumers record these event ids there already, and a delivery is unique per subscription
 * and event anyway.
 */
@ApplicationScoped
public class WebhookEventsConsumer {

    private static final Logger LOG = Logger.getLogger(WebhookEventsConsumer.class);
    private static final long MAX_BACKOFF_MILLIS = 5000;

    private final EventCodec codec;
    private final WebhookDeliveries deliveries;
    private volatile boolean stopping;

    WebhookEventsConsumer(EventCodec codec, WebhookDeliveries deliveries) {
        this.codec = codec;
        this.deliveries = deliveries;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Blocking and ordered: records go to the database in the order read, which is the order they are sent in. */
    @Incoming("webhook-case-events")
    @Blocking
    public void onCaseEvents(List<String> messages) {
        record(messages);
    }

    @Incoming("webhook-roster-events")
    @Blocking
    public void onRosterEvents(List<String> messages) {
        record(messages);
    }

    @Incoming("webhook-outreach-events")
    @Blocking
    public void onOutreachEvents(List<String> messages) {
        record(messages);
    }

    /** A poll's batch in one transaction, tried again while the database cannot take it, so nothing is skipped. */
    private void record(List<String> messages) {
        List<String> bodies = new ArrayList<>(messages.size());
        List<EventEnvelope> events = new ArrayList<>(messages.size());
        for (String message : messages) {
            try {
                events.add(codec.decode(message));
                bodies.add(message);
            } catch (MalformedEventException e) {
                LOG.errorf(e, "Skipping a message that is no event; no webhook is owed for it");
            }
        }
        long backoff = 200;
        while (true) {
            try {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                QuarkusTransaction.requiringNew().run(() -> {
                    for (int i = 0; i < events.size(); i++) {
                        deliveries.record(events.get(i), bodies.get(i), now);
                    }
                });
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    throw new IllegalStateException("Shutting down before the webhooks of a batch were recorded", e);
                }
                LOG.warnf("Cannot record the webhooks of %d events yet (%s); retrying", events.size(), e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
