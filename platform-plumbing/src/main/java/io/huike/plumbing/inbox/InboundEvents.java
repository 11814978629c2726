package io.huike.plumbing.inbox;

import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.events.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The one way a consumer applies a message from a topic: decode the envelope, then record it in the inbox and apply
 * its effect in one transaction. While the database is unreachable the same message is retried, so the partition
 * waits instead of skipping it; a message that can never be applied is logged, counted and skipped.
 */
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final EventCodec codec;
    private final Inbox inbox;
    private final MeterRegistry registry;
    private volatile boolean stopping;

    InboundEvents(EventCodec codec, Inbox inbox, MeterRegistry registry) {
        this.codec = codec;
        this.inbox = inbox;
        this.registry = registry;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Applies a message as it arrives; returns once it is applied, recognised as a repeat, or rejected. */
    public void apply(String message, EventHandler handler) {
        apply(message, handler, true);
    }

    /**
     * Applies a message read again from the start of its topic to rebuild a read model. Its age is not lag, so
     * it is left out of the lag histogram.
     */
    public void replay(String message, EventHandler handler) {
        apply(message, handler, false);
    }

    private void apply(String message, EventHandler handler, boolean live) {
        EventEnvelope event;
        try {
            event = codec.decode(message);
        } catch (MalformedEventException e) {
            reject("unknown", e);
            return;
        }
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                InboxReceipt receipt = QuarkusTransaction.requiringNew().call(() -> {
                    InboxReceipt accepted = inbox.accept(event);
                    if (accepted.firstDelivery()) {
                        handler.apply(event, accepted);
                    }
                    return accepted;
                });
                count(event, receipt, live);
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    // Not acknowledged, so the message is read again after the restart.
                    throw new IllegalStateException("Shutting down before " + event.id() + " was applied", e);
                }
                if (!isTransient(e)) {
                    reject(event.type(), e);
                    return;
                }
                LOG.warnf(
                        "Cannot apply %s %s yet (%s); retrying in %d ms",
                        event.type(), event.id(), rootMessage(e), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void count(EventEnvelope event, InboxReceipt receipt, boolean live) {
        String outcome = receipt.firstDelivery() ? "applied" : "duplicate";
        registry.counter("huike.inbox.events", "type", event.type(), "outcome", outcome)
                .increment();
        if (!live) {
            return;
        }
        Timer.builder("huike.inbox.lag")
                .description("Time from an event's creation to its effect being committed here")
                .tag("type", event.type())
                .publishPercentileHistogram()
                .register(registry)
                .record(lagOf(event));
    }

    private static Duration lagOf(EventEnvelope event) {
        Duration lag = Duration.between(event.time(), Instant.now());
        return lag.isNegative() ? Duration.ZERO : lag;
    }

    private void reject(String type, RuntimeException e) {
        registry.counter("huike.inbox.events", "type", type, "outcome", "rejected")
                .increment();
        LOG.errorf(e, "Skipping a %s message that cannot be applied", type);
    }

    /** Connection trouble, deadlocks and timeouts pass; a constraint or data error will fail the same way again. */
    static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MalformedEventException) {
                return false;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String sqlClass = sql.getSQLState().substring(0, 2);
                return sqlClass.equals("08") || sqlClass.equals("40") || sqlClass.equals("53") || sqlClass.equals("57");
            }
            if (t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (t.getClass().getName().startsWith("com.arjuna") || t instanceof jakarta.transaction.SystemException) {
                return true;
            }
        }
        // A pool that cannot hand out a connection reports it without an SQL state.
        return rootMessage(error).toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
