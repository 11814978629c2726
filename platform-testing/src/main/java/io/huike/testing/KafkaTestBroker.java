package io.huike.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.util.List;
import java.util.Map;

/**
 * A real Kafka broker (KRaft, in this JVM) for service tests, with the platform's topics created at their
 * partition count. It is the only class that touches the broker test kit, whose API moves between versions.
 * One broker serves every test class of a module's run.
 */
public class KafkaTestBroker implements QuarkusTestResourceLifecycleManager {

    public static final List<String> TOPICS = List.of("case-events", "roster-events", "outreach-events");
    public static final int PARTITIONS = 6;

    private static EmbeddedKafkaBroker broker;
    private static KafkaCompanion companion;

    @Override
    public synchronized Map<String, String> start() {
        if (broker == null) {
            broker = new EmbeddedKafkaBroker().withDeleteLogDirsOnClose(true).start();
            companion = new KafkaCompanion(broker.getAdvertisedListeners());
            TOPICS.forEach(topic -> companion.topics().createAndWait(topic, PARTITIONS));
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestBroker::shutdown));
        }
        return Map.of("kafka.bootstrap.servers", broker.getAdvertisedListeners());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                companion, new TestInjector.AnnotatedAndMatchesType(InjectKafkaCompanion.class, KafkaCompanion.class));
    }

    @Override
    public void stop() {
        // Kept for the next test class; closed when the JVM exits.
    }

    private static synchronized void shutdown() {
        if (companion != null) {
            companion.close();
        }
        if (broker != null) {
            broker.close();
        }
    }
}
