package io.huike.reporting.rebuild;

import io.huike.kernel.refusals.Conflict;
import io.huike.plumbing.inbox.EventHandler;
import io.huike.plumbing.inbox.InboundEvents;
import io.huike.reporting.cases.CaseFacts;
import io.huike.reporting.communities.RosterFacts;
import io.huike.reporting.outreach.OutreachFacts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Drops every read model and replays the topics from their start into them. The live consumers keep running:
 * the inbox makes each event apply once and the case fold does not depend on arrival order, so an event the live
 * consumer applies during the replay is simply recognised as a repeat by the other. The end offsets are taken
 * after the tables are emptied, so everything applied before is replayed.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    /** The advisory lock's key: "rebuild" in ASCII, so that no other lock of the database takes it. */
    private static final long LOCK_KEY = 0x72656275696c64L;

    /** What a rebuild did. */
    public record Result(long events, double seconds, double eventsPerSecond) {}

    private final EntityManager entityManager;
    private final InboundEvents inbound;
    private final Map<String, EventHandler> handlers;
    private final String bootstrapServers;
    private final DataSource dataSource;

    ReadModelRebuild(
            EntityManager entityManager,
            DataSource dataSource,
            InboundEvents inbound,
            CaseFacts caseFacts,
            RosterFacts rosterFacts,
            OutreachFacts outreachFacts,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.incoming.case-events.topic") String caseTopic,
            @ConfigProperty(name = "mp.messaging.incoming.roster-events.topic") String rosterTopic,
            @ConfigProperty(name = "mp.messaging.incoming.outreach-events.topic") String outreachTopic) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.inbound = inbound;
        this.handlers = Map.of(
                caseTopic, caseFacts::apply, rosterTopic, rosterFacts::apply, outreachTopic, outreachFacts::apply);
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Runs one rebuild to the end; a second one asked for meanwhile, on this instance or another, is refused with
     * 409. The PostgreSQL advisory lock is held by a connection of its own for the whole rebuild.
     */
    public Result rebuild() {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisoryLock(lock, "pg_try_advisory_lock")) {
                throw new Conflict("rebuild-running", "A rebuild is running; wait for it to finish", null);
            }
            try {
                return rebuildLocked();
            } finally {
                advisoryLock(lock, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the rebuild lock", e);
        }
    }

    private static boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private Result rebuildLocked() {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager.createNativeQuery("""
                truncate case_event, case_fact, reception_visit, community, duty_shift, pairing, outreach_activity,
                    campaign_contact, case_month_tally, case_flow_month_tally, reception_visit_month_tally,
                    inbox_event, inbox_aggregate""").executeUpdate());
        long started = System.nanoTime();
        long events = replay();
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        Result result =
                new Result(events, Math.round(seconds * 1000) / 1000.0, Math.round(events / seconds * 10) / 10.0);
        LOG.infof(
                "Rebuilt the read models from %d events in %.3f s (%.1f events/s)",
                events, seconds, result.eventsPerSecond());
        return result;
    }

    private long replay() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-service-rebuild-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            handlers.keySet()
                    .forEach(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30))
                            .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition()))));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long events = 0;
            while (!reached(consumer, ends)) {
                ConsumerRecords<String, String> polled = consumer.poll(Duration.ofMillis(500));
                for (String topic : handlers.keySet()) {
                    List<String> batch = new ArrayList<>();
                    for (ConsumerRecord<String, String> record : polled.records(topic)) {
                        if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                            batch.add(record.value());
                        }
                    }
                    inbound.replay(batch, handlers.get(topic));
                    events += batch.size();
                }
            }
            return events;
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
