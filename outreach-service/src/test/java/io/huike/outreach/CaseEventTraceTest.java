package io.huike.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huike.testing.RecordedSpans;
import io.huike.testing.TestEnvelopes;
import io.huike.testing.TopicRecords;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A case event's effect here, applied one event at a time, continues the trace the event carries. */
@QuarkusTest
class CaseEventTraceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String SPAN_ID = "b7ad6b7169203331";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void applyingACaseEventCarryingATraceparentIsASpanInThatTrace() throws Exception {
        String caseId = UUID.randomUUID().toString();
        ObjectNode event = (ObjectNode) JSON.readTree(TestEnvelopes.envelope(
                "case-service",
                "gulou",
                caseId,
                "case.registered.v1",
                Map.of("caseId", caseId, "trackingNumber", "GL-2026-000777")));
        event.put("traceparent", "00-" + TRACE_ID + "-" + SPAN_ID + "-01");
        String eventId = event.path("id").asText();

        TopicRecords.publish(kafka, "case-events", caseId, event.toString());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> RecordedSpans.applyOf(spans, eventId).isPresent());
        SpanData apply = RecordedSpans.applyOf(spans, eventId).orElseThrow();
        assertThat(apply.getName()).isEqualTo("apply case.registered.v1");
        assertThat(apply.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(apply.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(apply.getParentSpanId()).isEqualTo(SPAN_ID);
    }
}
