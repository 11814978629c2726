package io.huike.plumbing.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.huike.plumbing.tracing.TraceContext;
import java.time.Instant;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode, with the platform's two extensions: {@code community}, the
 * community the aggregate belongs to, and {@code sequence}, the aggregate's version after the change (1, 2, 3...);
 * and, when the change was traced, the distributed-tracing extension's {@code traceparent} and {@code tracestate}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        UUID id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        String community,
        long sequence,
        JsonNode data,
        String traceparent,
        String tracestate) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    /** An event outside any trace. */
    public EventEnvelope(
            String specversion,
            UUID id,
            String source,
            String type,
            Instant time,
            String subject,
            String datacontenttype,
            String community,
            long sequence,
            JsonNode data) {
        this(specversion, id, source, type, time, subject, datacontenttype, community, sequence, data, null, null);
    }

    /** The trace the change that caused this event belongs to; empty fields when it carries none. */
    public TraceContext trace() {
        return new TraceContext(traceparent, tracestate);
    }

    /** Whether every attribute the platform relies on is present. */
    public boolean isComplete() {
        return SPEC_VERSION.equals(specversion)
                && id != null
                && notBlank(source)
                && notBlank(type)
                && time != null
                && notBlank(subject)
                && notBlank(community)
                && sequence > 0
                && data != null
                && data.isObject();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
