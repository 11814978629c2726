package io.huike.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huike.testing.RecordedSpans;
import io.huike.testing.TopicRecords;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** An event's effect here continues the trace the event carries, the registering request's at the desk. */
@QuarkusTest
class AppliedEventTraceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void applyingAnEventCarryingATraceparentIsASpanInThatTraceAndOneWithoutStillApplies() throws Exception {
        String community = "t" + UUID.randomUUID().toString().substring(0, 8);
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String spanId = HexFormat.of().formatHex(randomBytes(8));
        CaseScript tracedCase = registered(community, "T-1");
        CaseScript untracedCase = registered(community, "T-2");
        ObjectNode traced = (ObjectNode) JSON.readTree(tracedCase.event(1));
        traced.put("traceparent", "00-" + traceId + "-" + spanId + "-01");
        String untraced = untracedCase.event(1);

        TopicRecords.publish(kafka, "case-events", tracedCase.caseId, traced.toString());
        TopicRecords.publish(kafka, "case-events", untracedCase.caseId, untraced);
        ReadModels.awaitApplied(entityManager, List.of(traced.toString(), untraced));

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        RecordedSpans.applyOf(spans, traced.path("id").asText()).isPresent()
                                && RecordedSpans.applyOf(spans, Envelopes.idOf(untraced))
                                        .isPresent());
        SpanData tracedApply =
                RecordedSpans.applyOf(spans, traced.path("id").asText()).orElseThrow();
        SpanData untracedApply =
                RecordedSpans.applyOf(spans, Envelopes.idOf(untraced)).orElseThrow();
        assertThat(tracedApply.getName()).isEqualTo("apply case.registered.v1");
        assertThat(tracedApply.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(tracedApply.getTraceId()).isEqualTo(traceId);
        assertThat(tracedApply.getParentSpanId()).isEqualTo(spanId);
        assertThat(tracedApply.getParentSpanContext().isRemote()).isTrue();
        assertThat(untracedApply.getTraceId()).isNotEqualTo(traceId);
    }

    private static CaseScript registered(String community, String trackingNumber) {
        return new CaseScript(community)
                .registered(
                        trackingNumber,
                        "RECEPTION_ROOM",
                        "GAS",
                        "g1",
                        "2026-05-04T01:00:00Z",
                        "2026-05-05T16:00:00Z",
                        "2026-05-15T16:00:00Z");
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
