package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.roles.Roles;
import io.huike.testing.RecordedSpans;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One registration is one trace: the desk's request, its SQL, the outbox append and the relay's send. */
@QuarkusTest
class RegistrationTraceTest {

    private static final String DESK = TestTokens.token(Roles.DUTY_MEMBER, "gulou");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    InMemorySpanExporter spans;

    @BeforeEach
    void gulouIsRegisteredWithItsGrid() {
        RosterSeed.grid("gulou", "grid-3");
    }

    @Test
    void theRequestTheOutboxAppendAndTheRelaysSendShareOneTraceThatThePublishedEventCarries() throws Exception {
        String id = given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body("""
                        {"channel":"RECEPTION_ROOM","category":"GAS","gridId":"grid-3",
                         "description":"天然气入户"}""")
                .post("/communities/gulou/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        ConsumerRecord<String, String> published =
                TopicRecords.awaitByKey(kafka, "case-events", id, 1).get(0);
        String traceparent = new ObjectMapper()
                .readTree(published.value())
                .path("traceparent")
                .asText();
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        String traceId = traceparent.split("-")[1];
        String appendSpanId = traceparent.split("-")[2];

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !RecordedSpans.named(spans, traceId, "publish case-events", SpanKind.PRODUCER)
                                .isEmpty()
                        && !RecordedSpans.named(spans, traceId, "outbox append case-events", SpanKind.INTERNAL)
                                .isEmpty()
                        && RecordedSpans.ofTrace(spans, traceId).stream()
                                .anyMatch(span -> span.getKind() == SpanKind.SERVER));
        List<SpanData> trace = RecordedSpans.ofTrace(spans, traceId);
        Map<String, SpanData> byId = trace.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
        SpanData request = trace.stream()
                .filter(span -> span.getKind() == SpanKind.SERVER)
                .findFirst()
                .orElseThrow();
        SpanData append = RecordedSpans.named(spans, traceId, "outbox append case-events", SpanKind.INTERNAL)
                .get(0);
        SpanData send = RecordedSpans.named(spans, traceId, "publish case-events", SpanKind.PRODUCER)
                .get(0);

        assertThat(request.getParentSpanContext().isValid()).isFalse();
        assertThat(request.getName()).isEqualTo("POST /communities/{community}/cases");
        assertThat(ancestorsOf(append, byId)).contains(request.getSpanId());
        assertThat(append.getSpanId()).isEqualTo(appendSpanId);
        assertThat(send.getParentSpanId()).isEqualTo(append.getSpanId());
        assertThat(trace)
                .as("the registration's SQL statements")
                .anyMatch(span -> span.getKind() == SpanKind.CLIENT
                        && ancestorsOf(span, byId).contains(request.getSpanId())
                        && span.getAttributes().asMap().keySet().stream()
                                .anyMatch(key -> key.getKey().startsWith("db.")));
        String header = new String(published.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        assertThat(header).isEqualTo("00-" + traceId + "-" + send.getSpanId() + "-01");
    }

    private static List<String> ancestorsOf(SpanData span, Map<String, SpanData> byId) {
        List<String> ancestors = new java.util.ArrayList<>();
        for (SpanData parent = byId.get(span.getParentSpanId());
                parent != null;
                parent = byId.get(parent.getParentSpanId())) {
            ancestors.add(parent.getSpanId());
        }
        return ancestors;
    }
}
