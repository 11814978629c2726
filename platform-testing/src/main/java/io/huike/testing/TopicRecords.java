package io.huike.testing;

import static org.awaitility.Awaitility.await;

import io.huike.plumbing.outbox.OutboxRelay;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Reads and writes the records that tests look for on a real topic. */
public final class TopicRecords {

    private TopicRecords() {}

    /** Every record with this key, once at least {@code count} of them are on the topic. */
    public static List<ConsumerRecord<String, String>> awaitByKey(
            KafkaCompanion companion, String topic, String key, int count) {
        try (ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(topic)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> byKey(task, key).size() >= count);
            return byKey(task, key);
        }
    }

    /**
     * Publishes raw values under a key with the headers the outbox relay sets, as another service would, and waits
     * for the broker's ack.
     */
    public static void publish(KafkaCompanion companion, String topic, String key, String... values) {
        ProducerRecord<String, String>[] records = java.util.Arrays.stream(values)
                .map(value -> {
                    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
                    record.headers().add("content-type", OutboxRelay.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                    return record;
                })
                .toArray(ProducerRecord[]::new);
        companion.produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
    }

    private static List<ConsumerRecord<String, String>> byKey(ConsumerTask<String, String> task, String key) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
    }
}
