package io.huike.benchmarks;

import io.huike.plumbing.outbox.OutboxRelay;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Loads the district through the path events really take: {@link DistrictEvents} on the topics, read by reporting
 * through its own consumer group, and waits until reporting has caught up, that is until its group's committed offsets
 * reach the end of both topics. The time from the first event sent to the caught-up group is the load's figure: the
 * same work as a rebuild of that many events.
 */
final class DistrictLoad implements AutoCloseable {

    static final String METHOD = "catalogue events (community.registered on roster-events; each case's life on"
            + " case-events, keyed by the case, with the reception visits that raised cases; no duty shifts, pairings,"
            + " outreach activities or campaign contacts) written by an idempotent producer (acks=all, lz4, 256 KB batches),"
            + " consumed by reporting-service's own consumer group; timed until the group's committed offsets reach"
            + " the end of both topics";
    static final String REPORTING_GROUP = "reporting-service";
    private static final Duration POLL = Duration.ofSeconds(1);

    /** One load: how many cases and events, and how long until reporting had applied them all. */
    record Load(long cases, long events, double seconds) {

        double eventsPerSecond() {
            return seconds > 0 ? events / seconds : 0;
        }

        Map<String, Object> json() {
            return Report.object(
                    "cases",
                    cases,
                    "events",
                    events,
                    "seconds",
                    Report.round(seconds),
                    "eventsPerSecond",
                    Report.round(eventsPerSecond()));
        }
    }

    private final KafkaProducer<String, String> producer;
    private final Admin admin;
    private final DistrictEvents events;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private long loadedCases;

    DistrictLoad(String bootstrapServers, List<String> communities) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "huike-bench-district");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(64L * 1024 * 1024));
        this.producer = new KafkaProducer<>(props);
        Properties adminProps = new Properties();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(adminProps);
        this.events = new DistrictEvents(communities, Instant.now(), this::send);
    }

    /**
     * Adds cases until the district holds {@code totalCases}, announcing the communities first on the first load, and
     * waits up to {@code timeout} for reporting to apply them.
     */
    Load growTo(long totalCases, Duration timeout) throws Exception {
        long started = System.nanoTime();
        long sent = 0;
        if (loadedCases == 0) {
            // The two topics are read by separate consumers: the communities are known before their first case.
            sent += events.communities();
            producer.flush();
            awaitReporting(started + timeout.toNanos());
        }
        sent += events.cases(loadedCases, totalCases);
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("Kafka refused a district event", failure.get());
        }
        long cases = totalCases - loadedCases;
        loadedCases = totalCases;
        awaitReporting(started + timeout.toNanos());
        return new Load(cases, sent, (System.nanoTime() - started) / 1e9);
    }

    private void send(String topic, String key, String envelope) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, envelope);
        record.headers().add("content-type", OutboxRelay.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        producer.send(record, (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Polls reporting's consumer group until it has nothing left to read on the district's topics. */
    void awaitReporting(long deadlineNanos) throws Exception {
        while (true) {
            long lag = reportingLag();
            if (lag == 0) {
                return;
            }
            if (System.nanoTime() > deadlineNanos) {
                throw new IllegalStateException(
                        "reporting still had %,d events to read when the time was up".formatted(lag));
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    long reportingLag() throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(REPORTING_GROUP)
                .partitionsToOffsetAndMetadata()
                .get();
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        for (String topic : List.of(DistrictEvents.CASE_TOPIC, DistrictEvents.ROSTER_TOPIC)) {
            admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get()
                    .get(topic)
                    .partitions()
                    .forEach(p -> ends.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end =
                admin.listOffsets(ends).all().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : end.entrySet()) {
            OffsetAndMetadata done = committed.get(e.getKey());
            lag += e.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
        admin.close(Duration.ofSeconds(5));
    }
}
