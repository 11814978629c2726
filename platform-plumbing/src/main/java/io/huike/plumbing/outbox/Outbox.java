package io.huike.plumbing.outbox;

import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.events.EventType;
import io.huike.plumbing.tracing.TraceContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Writes an event into the outbox table inside the caller's transaction, so that the state change and its event
 * commit together or not at all. The relay publishes the row after the commit.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final OutboxConfig config;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;
    private final Tracer tracer;

    Outbox(
            EntityManager entityManager,
            EventCodec codec,
            OutboxConfig config,
            OutboxRelay relay,
            TransactionSynchronizationRegistry transactions,
            Tracer tracer) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.config = config;
        this.relay = relay;
        this.transactions = transactions;
        this.tracer = tracer;
    }

    /**
     * Appends an event about one aggregate. MANDATORY: an event written outside the business transaction could
     * outlive a rolled-back change.
     *
     * @param aggregateId the record key on the topic, so that one aggregate's events stay in order
     * @param sequence the aggregate's version after this change
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(String aggregateId, String community, long sequence, Object payload) {
        return appendAll(aggregateId, community, sequence, List.of(payload)).get(0);
    }

    /**
     * Appends consecutive events about one aggregate in one statement, in order: the first has {@code firstSequence},
     * each next one the following version. MANDATORY, as {@link #append}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> appendAll(String aggregateId, String community, long firstSequence, List<?> payloads) {
        if (payloads.isEmpty()) {
            throw new IllegalArgumentException("No events to append about " + aggregateId);
        }
        String topic = config.topic()
                .orElseThrow(() ->
                        new IllegalStateException("huike.outbox.topic is not set: this service publishes no events"));
        Span span = tracer.spanBuilder("outbox append " + topic)
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.batch.message_count", payloads.size())
                .setAttribute("cloudevents.event_type", typeOf(payloads.get(0)))
                .setAttribute("cloudevents.event_subject", aggregateId)
                .startSpan();
        List<EventEnvelope> envelopes;
        try (Scope scope = span.makeCurrent()) {
            envelopes = insert(topic, aggregateId, community, firstSequence, payloads, TraceContext.current());
        } catch (RuntimeException e) {
            span.recordException(e);
            throw e;
        } finally {
            span.end();
        }
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        return envelopes;
    }

    /**
     * One row per event; each carries the trace context of the append, in its envelope for consumers and in its own
     * columns for the relay, which thus need not parse the envelope to continue the trace.
     */
    private List<EventEnvelope> insert(
            String topic,
            String aggregateId,
            String community,
            long firstSequence,
            List<?> payloads,
            TraceContext trace) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<EventEnvelope> envelopes = new ArrayList<>();
        StringJoiner rows = new StringJoiner(", ");
        for (Object payload : payloads) {
            envelopes.add(new EventEnvelope(
                    EventEnvelope.SPEC_VERSION,
                    UUID.randomUUID(),
                    config.source(),
                    typeOf(payload),
                    now,
                    aggregateId,
                    EventEnvelope.JSON,
                    community,
                    firstSequence + envelopes.size(),
                    codec.toData(payload),
                    trace.traceparent(),
                    trace.tracestate()));
            int first = 7 * (envelopes.size() - 1);
            rows.add("(?%d, ?%d, ?%d, ?%d, ?%d, ?%d, ?%d)"
                    .formatted(first + 1, first + 2, first + 3, first + 4, first + 5, first + 6, first + 7));
        }
        NativeQuery<?> insert = entityManager
                .createNativeQuery("insert into outbox_event"
                        + " (event_id, topic, aggregate_id, event_type, envelope, traceparent, tracestate) values "
                        + rows)
                .unwrap(NativeQuery.class);
        int parameter = 0;
        for (EventEnvelope envelope : envelopes) {
            insert.setParameter(++parameter, envelope.id())
                    .setParameter(++parameter, topic)
                    .setParameter(++parameter, aggregateId)
                    .setParameter(++parameter, envelope.type())
                    .setParameter(++parameter, codec.encode(envelope))
                    // Typed, so that a null (no trace) is bound as text rather than as an unknown type.
                    .setParameter(++parameter, trace.traceparent(), String.class)
                    .setParameter(++parameter, trace.tracestate(), String.class);
        }
        insert.executeUpdate();
        return envelopes;
    }

    static String typeOf(Object payload) {
        EventType type = payload.getClass().getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(payload.getClass().getName() + " is not annotated with @EventType");
        }
        return type.value();
    }

    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {

        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
