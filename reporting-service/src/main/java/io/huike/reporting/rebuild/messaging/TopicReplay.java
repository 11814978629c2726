package io.huike.reporting.rebuild.messaging;

import io.huike.plumbing.inbox.InboundEvents;
import io.huike.reporting.cases.CaseProjection;
import io.huike.reporting.outreach.OutreachProjection;
import io.huike.reporting.rebuild.EventReplay;
import io.huike.reporting.roster.RosterCopy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads case-events, roster-events and outreach-events from their start with a Kafka consumer of its own, in a group
 * of its own, and applies each event through the handler its live consumer uses.
 */
@ApplicationScoped
class TopicReplay implements EventReplay {

    /** Per topic, how a poll's events of it are applied: as its live consumer applies them. */
    private final Map<String, Consumer<List<String>>> handlers;

    private final String bootstrapServers;

    TopicReplay(
            InboundEvents inbound,
            CaseProjection caseProjection,
            RosterCopy rosterCopy,
            OutreachProjection outreachProjection,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.incoming.case-events.topic") String caseTopic,
            @ConfigProperty(name = "mp.messaging.incoming.roster-events.topic") String rosterTopic,
            @ConfigProperty(name = "mp.messaging.incoming.outreach-events.topic") String outreachTopic) {
        this.handlers = Map.of(
                caseTopic,
                messages -> inbound.replay(messages, caseProjection::applyAll),
                rosterTopic,
                messages -> inbound.replay(messages, rosterCopy::apply),
                outreachTopic,
                messages -> inbound.replay(messages, outreachProjection::apply));
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public long replayFromStart() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-service-rebuild-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Larger polls, since a poll's events are applied together: fewer statements and commits per event.
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
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
                    handlers.get(topic).accept(batch);
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
