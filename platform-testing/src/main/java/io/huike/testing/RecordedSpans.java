package io.huike.testing;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * The spans a service under test records, kept in memory where a collector would receive them: Quarkus exports the
 * spans to every SpanExporter bean, and tests read this one.
 */
@ApplicationScoped
public class RecordedSpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /** The finished spans of one trace. */
    public static List<SpanData> ofTrace(InMemorySpanExporter exporter, String traceId) {
        return exporter.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId))
                .toList();
    }

    /** The finished spans of one trace with this name and kind. */
    public static List<SpanData> named(InMemorySpanExporter exporter, String traceId, String name, SpanKind kind) {
        return ofTrace(exporter, traceId).stream()
                .filter(span -> span.getName().equals(name) && span.getKind() == kind)
                .toList();
    }

    /** The finished span of applying the event with this id (its {@code cloudevents.event_id} attribute). */
    public static Optional<SpanData> applyOf(InMemorySpanExporter exporter, String eventId) {
        return exporter.getFinishedSpanItems().stream()
                .filter(span -> span.getName().startsWith("apply ")
                        && span.getAttributes().asMap().entrySet().stream()
                                .anyMatch(
                                        attribute -> attribute.getKey().getKey().equals("cloudevents.event_id")
                                                && eventId.equals(attribute.getValue())))
                .findFirst();
    }
}
