package io.huike.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.plumbing.outbox.OutboxRelay;
import io.huike.testing.KafkaTestBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The load against a real broker, with a consumer in reporting's group standing in for reporting. */
class DistrictLoadTest {

    private static final KafkaTestBroker BROKER = new KafkaTestBroker();
    private static String bootstrap;
    private static final List<ConsumerRecord<String, String>> READ = new ArrayList<>();
    private static final AtomicBoolean READING = new AtomicBoolean(true);
    private static Thread reporting;

    @BeforeAll
    static void startBrokerAndReportingsGroup() {
        bootstrap = BROKER.start().get("kafka.bootstrap.servers");
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, DistrictLoad.REPORTING_GROUP);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        reporting = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
                consumer.subscribe(List.of(DistrictEvents.CASE_TOPIC, DistrictEvents.ROSTER_TOPIC));
                while (READING.get()) {
                    consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                        synchronized (READ) {
                            READ.add(record);
                        }
                    });
                    consumer.commitSync();
                }
            }
        });
        reporting.start();
    }

    @AfterAll
    static void stopReading() throws InterruptedException {
        READING.set(false);
        reporting.join();
    }

    @Test
    void returns_when_reportings_group_has_read_every_event_sent_as_the_relay_sends_them() throws Exception {
        DistrictLoad.Load first;
        DistrictLoad.Load second;
        try (DistrictLoad load = new DistrictLoad(bootstrap, List.of("bench-d001", "bench-d002"))) {
            first = load.growTo(200, Duration.ofMinutes(2));
            second = load.growTo(500, Duration.ofMinutes(2));
            assertThat(load.reportingLag()).isZero();
        }

        assertThat(first.cases()).isEqualTo(200);
        assertThat(second.cases()).isEqualTo(300);
        synchronized (READ) {
            assertThat(READ).hasSize((int) (first.events() + second.events()));
            assertThat(READ).allSatisfy(record -> {
                assertThat(new String(
                                record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                        .isEqualTo(OutboxRelay.CONTENT_TYPE);
                assertThat(record.value()).contains("\"subject\":\"" + record.key() + "\"");
            });
            assertThat(READ.stream().filter(r -> r.topic().equals(DistrictEvents.ROSTER_TOPIC)))
                    .hasSize(2);
        }
    }
}
