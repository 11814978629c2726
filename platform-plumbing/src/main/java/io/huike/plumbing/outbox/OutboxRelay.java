package io.huike.plumbing.outbox;

import io.huike.plumbing.tracing.TraceContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in the order they were written, and marks a row sent only after the
 * broker acknowledged it. While Kafka is unreachable it keeps retrying with a growing pause; rows wait in the table.
 * Delivery is at least once: a crash between the acknowledgement and the mark sends a row again, which consumers
 * drop through their inbox.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The Kafka header of structured-mode CloudEvents. */
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** One relay publishes at a time across instances, so that rows leave in table order. */
    private static final long LEADER_LOCK = 0x68756b5f6f7574L;

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final Counter published;
    private final Counter failures;
    private final Tracer tracer;
    private final Semaphore wakeups = new Semaphore(0);

    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;
    private Instant nextPurge = Instant.now();

    OutboxRelay(
            EntityManager entityManager,
            OutboxConfig config,
            MeterRegistry registry,
            Tracer tracer,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entityManager = entityManager;
        this.tracer = tracer;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.published = registry.counter("huike.outbox.published");
        this.failures = registry.counter("huike.outbox.publish.failures");
    }

    void start(@Observes StartupEvent startup) {
        if (config.topic().isEmpty() || !config.relayEnabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(TimeUnit.SECONDS.toMillis(10));
        }
        closeProducer();
    }

    /** Called after a transaction that wrote to the outbox commits, so the relay need not wait for its next poll. */
    void wake() {
        wakeups.release();
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try {
                Batch batch = publishBatch();
                published.increment(batch.published());
                if (batch.failure() != null) {
                    failures.increment();
                    LOG.warnf(
                            "Outbox relay: %d published, then Kafka refused (%s); retrying in %d ms",
                            batch.published(), batch.failure(), backoff.toMillis());
                    closeProducer();
                    Thread.sleep(backoff.toMillis());
                    backoff = longer(backoff);
                    continue;
                }
                backoff = FIRST_BACKOFF;
                if (batch.published() == 0) {
                    purgeWhenDue();
                    wakeups.tryAcquire(config.idlePoll().toMillis(), TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf(
                        "Outbox relay cannot read the outbox (%s); retrying in %d ms",
                        e.getMessage(), backoff.toMillis());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = longer(backoff);
            }
        }
    }

    private Batch publishBatch() {
        int timeoutSeconds = (int) config.deliveryTimeout().multipliedBy(2).toSeconds() + 30;
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            Boolean leader = (Boolean) entityManager
                    .createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, LEADER_LOCK)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(leader)) {
                return new Batch(0, null);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager
                    .createNativeQuery("""
                    select position, topic, aggregate_id, envelope, traceparent, tracestate from outbox_event
                    where published_at is null order by position limit ?1""")
                    .setParameter(1, config.batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return new Batch(0, null);
            }
            return sendAndMark(rows);
        });
    }

    private Batch sendAndMark(List<Object[]> rows) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(rows.size());
        List<Span> sends = new ArrayList<>(rows.size());
        String failure = null;
        for (Object[] row : rows) {
            ProducerRecord<String, String> record =
                    new ProducerRecord<>((String) row[1], (String) row[2], (String) row[3]);
            record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            Span send = sendSpan(record, new TraceContext((String) row[4], (String) row[5]));
            try {
                acknowledgements.add(producer().send(record));
                sends.add(send);
            } catch (RuntimeException e) {
                failure = e.toString();
                failed(send, e);
                break;
            }
        }
        List<Long> acknowledged = new ArrayList<>(acknowledgements.size());
        for (int i = 0; i < acknowledgements.size(); i++) {
            try {
                acknowledgements.get(i).get(config.deliveryTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // Later rows may have been acknowledged, but only an unbroken prefix is marked: they go out again
                // after the failed one, so an aggregate's events are never first seen out of order.
                failure = e.getCause() != null ? e.getCause().toString() : e.toString();
                sends.subList(i, sends.size()).forEach(send -> failed(send, e));
                break;
            }
            sends.get(i).end();
            acknowledged.add(((Number) rows.get(i)[0]).longValue());
        }
        if (!acknowledged.isEmpty()) {
            entityManager
                    .createNativeQuery("update outbox_event set published_at = now() where position in (:positions)")
                    .setParameter("positions", acknowledged)
                    .executeUpdate();
        }
        return new Batch(acknowledged.size(), failure);
    }

    /**
     * The send of one row, from the hand-over to the producer to the broker's acknowledgement, as a child of the span
     * that wrote the row (a fresh trace for rows written outside any). Its context also goes into the record's W3C
     * headers, so that a consumer's own messaging spans join the same trace; the envelope already carries the
     * writer's traceparent.
     */
    private Span sendSpan(ProducerRecord<String, String> record, TraceContext written) {
        Span send = tracer.spanBuilder("publish " + record.topic())
                .setParent(written.parent())
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.kafka.message.key", record.key())
                .startSpan();
        TraceContext sending = TraceContext.of(written.parent().with(send));
        if (sending.traceparent() != null) {
            record.headers().add(TraceContext.TRACEPARENT, sending.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        if (sending.tracestate() != null) {
            record.headers().add(TraceContext.TRACESTATE, sending.tracestate().getBytes(StandardCharsets.UTF_8));
        }
        return send;
    }

    private static void failed(Span send, Exception e) {
        send.recordException(e);
        send.setStatus(StatusCode.ERROR);
        send.end();
    }

    private void purgeWhenDue() {
        if (Instant.now().isBefore(nextPurge)) {
            return;
        }
        nextPurge = Instant.now().plus(PURGE_EVERY);
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "delete from outbox_event where published_at < now() - make_interval(secs => ?1)")
                        .setParameter(1, (double) config.retention().toSeconds())
                        .executeUpdate());
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, config.source() + "-outbox-relay");
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            // Explicit, so that a conflicting setting fails here instead of quietly turning idempotence off.
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
            props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
            props.put(
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                    String.valueOf(config.deliveryTimeout().toMillis()));
            props.put(
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                    String.valueOf(Math.min(10_000, config.deliveryTimeout().toMillis() - 10)));
            // A send blocks at most this long for metadata while the broker is away; the row simply waits.
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    private Duration longer(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    private record Batch(int published, String failure) {}
}
