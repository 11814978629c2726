package io.huike.plumbing.inbox;

import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.events.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The one way a consumer applies messages from a topic: decode the envelopes, then record each in the inbox and apply
 * its effect, a poll's batch in one transaction. While the database is unreachable the same message is retried, so the partition
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
    private final EntityManager entityManager;
    private final Tracer tracer;
    private volatile boolean stopping;

    InboundEvents(EventCodec codec, Inbox inbox, MeterRegistry registry, EntityManager entityManager, Tracer tracer) {
        this.codec = codec;
        this.inbox = inbox;
        this.registry = registry;
        this.entityManager = entityManager;
        this.tracer = tracer;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * Applies a batch of messages as they arrive from one poll, in order; returns once each is applied, recognised
     * as a repeat, or rejected.
     */
    public void apply(List<String> messages, EventHandler handler) {
        apply(messages, eachOf(handler, true), true);
    }

    /** As {@link #apply(List, EventHandler)}, the handler taking the poll's new events together. */
    public void apply(List<String> messages, BatchHandler handler) {
        apply(messages, traced(handler, true), true);
    }

    /**
     * Applies messages read again from the start of their topics to rebuild a read model. Their age is not lag, so
     * they are left out of the lag histogram.
     */
    public void replay(List<String> messages, EventHandler handler) {
        apply(messages, eachOf(handler, false), false);
    }

    /** As {@link #replay(List, EventHandler)}, the handler taking the poll's new events together. */
    public void replay(List<String> messages, BatchHandler handler) {
        apply(messages, traced(handler, false), false);
    }

    /**
     * A handler of one event at a time; each event's changes are written and forgotten before the next, so that a
     * long batch does not make every later flush check every entity.
     */
    private BatchHandler eachOf(EventHandler handler, boolean live) {
        return accepted -> {
            for (AcceptedEvent event : accepted) {
                Span span = applySpan(event.event(), live);
                try (Scope scope = span.makeCurrent()) {
                    handler.apply(event.event(), event.receipt());
                    entityManager.flush();
                    entityManager.clear();
                } catch (RuntimeException e) {
                    failed(span, e);
                    throw e;
                } finally {
                    span.end();
                }
            }
        };
    }

    /**
     * A handler of a poll's events together: each event gets its apply span in its own trace, covering the batch's
     * work, since that work is not divided between them.
     */
    private BatchHandler traced(BatchHandler handler, boolean live) {
        return accepted -> {
            List<Span> spans = accepted.stream()
                    .map(event -> applySpan(event.event(), live))
                    .toList();
            try {
                handler.apply(accepted);
            } catch (RuntimeException e) {
                spans.forEach(span -> failed(span, e));
                throw e;
            } finally {
                spans.forEach(Span::end);
            }
        };
    }

    /**
     * The span of an event's effect here, a child of the context the event carries, so that it continues the trace of
     * the change that caused it; an event without one starts a fresh trace. A replayed event gets none: a rebuild is
     * not part of the change that caused the event, and would add a span to every trace ever recorded.
     */
    private Span applySpan(EventEnvelope event, boolean live) {
        if (!live) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder("apply " + event.type())
                .setParent(event.trace().parent())
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("cloudevents.event_id", event.id().toString())
                .setAttribute("cloudevents.event_type", event.type())
                .setAttribute("cloudevents.event_source", event.source())
                .setAttribute("cloudevents.event_subject", event.subject())
                .startSpan();
    }

    private static void failed(Span span, RuntimeException e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR);
    }

    /**
     * One transaction for the whole batch, because a commit per event is what limits a consumer. If one event can
     * never be applied, the batch is rolled back and applied an event at a time, so only that one is skipped.
     */
    private void apply(List<String> messages, BatchHandler handler, boolean live) {
        List<EventEnvelope> events = new ArrayList<>(messages.size());
        for (String message : messages) {
            try {
                events.add(codec.decode(message));
            } catch (MalformedEventException e) {
                reject("unknown", e);
            }
        }
        try {
            applyRetrying(events, handler, live);
        } catch (UnappliableEvent e) {
            for (EventEnvelope event : events) {
                applyRetrying(List.of(event), handler, live);
            }
        }
    }

    private void applyRetrying(List<EventEnvelope> events, BatchHandler handler, boolean live) {
        if (events.isEmpty()) {
            return;
        }
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                List<InboxReceipt> receipts = QuarkusTransaction.requiringNew().call(() -> applyAll(events, handler));
                for (int i = 0; i < events.size(); i++) {
                    count(events.get(i), receipts.get(i), live);
                }
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    // Not acknowledged, so the messages are read again after the restart.
                    throw new IllegalStateException(
                            "Shutting down before " + events.size() + " events were applied", e);
                }
                if (!isTransient(e)) {
                    if (events.size() == 1) {
                        reject(events.get(0).type(), e);
                        return;
                    }
                    throw new UnappliableEvent(e);
                }
                LOG.warnf(
                        "Cannot apply %d events from %s on yet (%s); retrying in %d ms",
                        events.size(), events.get(0).id(), rootMessage(e), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private List<InboxReceipt> applyAll(List<EventEnvelope> events, BatchHandler handler) {
        List<InboxReceipt> receipts = inbox.acceptAll(events);
        List<AcceptedEvent> firstDeliveries = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (receipts.get(i).firstDelivery()) {
                firstDeliveries.add(new AcceptedEvent(events.get(i), receipts.get(i)));
            }
        }
        if (!firstDeliveries.isEmpty()) {
            handler.apply(firstDeliveries);
        }
        entityManager.flush();
        entityManager.clear();
        return receipts;
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

    /** An event of a batch that will fail the same way again; the batch is then applied an event at a time. */
    private static final class UnappliableEvent extends RuntimeException {

        UnappliableEvent(RuntimeException cause) {
            super(cause);
        }
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
