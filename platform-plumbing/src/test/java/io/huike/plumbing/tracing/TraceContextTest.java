package io.huike.plumbing.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.Test;

class TraceContextTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void aSpansContextIsWrittenAsW3cTraceparentAndTracestate() {
        SpanContext span = SpanContext.create(
                TRACE_ID,
                SPAN_ID,
                TraceFlags.getSampled(),
                TraceState.builder().put("huike", "desk").build());

        TraceContext written = TraceContext.of(Context.root().with(Span.wrap(span)));

        assertThat(written.traceparent()).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-01");
        assertThat(written.tracestate()).isEqualTo("huike=desk");
    }

    @Test
    void withoutASpanNothingIsWritten() {
        assertThat(TraceContext.of(Context.root())).isEqualTo(new TraceContext(null, null));
    }

    @Test
    void aTraceparentReadBackIsTheParentOfWhatContinuesTheTrace() {
        TraceContext carried = new TraceContext("00-" + TRACE_ID + "-" + SPAN_ID + "-01", "huike=desk");

        SpanContext parent = Span.fromContext(carried.parent()).getSpanContext();

        assertThat(parent.isValid()).isTrue();
        assertThat(parent.isRemote()).isTrue();
        assertThat(parent.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(parent.getSpanId()).isEqualTo(SPAN_ID);
        assertThat(parent.isSampled()).isTrue();
        assertThat(parent.getTraceState().get("huike")).isEqualTo("desk");
    }

    @Test
    void anEventWithoutOrWithAMalformedTraceparentStartsAFreshTrace() {
        assertThat(Span.fromContext(new TraceContext(null, null).parent())
                        .getSpanContext()
                        .isValid())
                .isFalse();
        assertThat(Span.fromContext(new TraceContext("00-not-a-trace-01", null).parent())
                        .getSpanContext()
                        .isValid())
                .isFalse();
    }
}
