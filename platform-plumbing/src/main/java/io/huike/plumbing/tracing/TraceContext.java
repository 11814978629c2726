package io.huike.plumbing.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A span's W3C trace context as text: the {@code traceparent} and {@code tracestate} that an event carries (the
 * CloudEvents distributed-tracing extension) so that its effects elsewhere continue the trace of the change that
 * caused it, however long it waited in the outbox. Always W3C, whatever propagators a service configures, since the
 * extension is defined on the W3C format.
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapSetter<Map<String, String>> INTO_MAP = (carrier, key, value) -> carrier.put(key, value);
    private static final TextMapGetter<TraceContext> FROM_FIELDS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(TraceContext carrier) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceContext carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return TRACEPARENT.equals(key)
                    ? carrier.traceparent()
                    : TRACESTATE.equals(key) ? carrier.tracestate() : null;
        }
    };

    /** The trace context of the span current in {@code context}; both fields are null when it has no valid span. */
    public static TraceContext of(Context context) {
        Map<String, String> fields = new HashMap<>(2);
        W3C.inject(context, fields, INTO_MAP);
        String tracestate = fields.get(TRACESTATE);
        return new TraceContext(
                fields.get(TRACEPARENT), tracestate == null || tracestate.isEmpty() ? null : tracestate);
    }

    /** The trace context of the current span. */
    public static TraceContext current() {
        return of(Context.current());
    }

    /**
     * The context a span continuing this trace takes as its parent; the root context (so a fresh trace) when there is
     * no traceparent or it is malformed.
     */
    public Context parent() {
        return traceparent == null ? Context.root() : W3C.extract(Context.root(), this, FROM_FIELDS);
    }
}
