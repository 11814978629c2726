package io.huike.plumbing.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    @EventType("thing.happened.v1")
    record ThingHappened(String thingId, int count) {}

    record ThingIdOnly(String thingId) {}

    @Test
    void anEnvelopeSurvivesTheRoundTripWithItsExtensions() {
        EventEnvelope sent = new EventEnvelope(
                "1.0",
                UUID.randomUUID(),
                "test-service",
                "thing.happened.v1",
                Instant.parse("2026-05-06T01:30:00Z"),
                "thing-1",
                "application/json",
                "gulou",
                3,
                codec.toData(new ThingHappened("thing-1", 2)));

        String json = codec.encode(sent);
        EventEnvelope received = codec.decode(json);

        assertThat(received).isEqualTo(sent);
        assertThat(json).contains("\"community\":\"gulou\"", "\"sequence\":3", "\"time\":\"2026-05-06T01:30:00Z\"");
    }

    @Test
    void theTraceContextTravelsAsTheDistributedTracingExtensionAndIsLeftOutWhenThereIsNone() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        EventEnvelope traced = new EventEnvelope(
                "1.0",
                UUID.randomUUID(),
                "test-service",
                "thing.happened.v1",
                Instant.parse("2026-05-06T01:30:00Z"),
                "thing-1",
                "application/json",
                "gulou",
                1,
                codec.toData(new ThingHappened("thing-1", 1)),
                traceparent,
                "huike=desk");
        EventEnvelope untraced = new EventEnvelope(
                "1.0",
                UUID.randomUUID(),
                "test-service",
                "thing.happened.v1",
                Instant.parse("2026-05-06T01:30:00Z"),
                "thing-1",
                "application/json",
                "gulou",
                1,
                codec.toData(new ThingHappened("thing-1", 1)));

        String tracedJson = codec.encode(traced);
        String untracedJson = codec.encode(untraced);

        assertThat(tracedJson).contains("\"traceparent\":\"" + traceparent + "\"", "\"tracestate\":\"huike=desk\"");
        assertThat(codec.decode(tracedJson).trace().traceparent()).isEqualTo(traceparent);
        assertThat(codec.decode(tracedJson).trace().tracestate()).isEqualTo("huike=desk");
        assertThat(untracedJson).doesNotContain("traceparent", "tracestate");
        assertThat(codec.decode(untracedJson).trace().traceparent()).isNull();
    }

    @Test
    void aConsumerReadsOnlyTheFieldsItKnowsAndIgnoresUnknownAttributes() {
        String json = """
                {"specversion":"1.0","id":"%s","source":"s","type":"thing.happened.v1","time":"2026-05-06T01:30:00Z",
                 "subject":"thing-1","datacontenttype":"application/json","community":"gulou","sequence":1,
                 "traceparent":"00-abc","data":{"thingId":"thing-1","count":2,"addedLater":true}}""".formatted(UUID.randomUUID());

        EventEnvelope envelope = codec.decode(json);

        assertThat(codec.data(envelope, ThingIdOnly.class)).isEqualTo(new ThingIdOnly("thing-1"));
    }

    @Test
    void anEnvelopeWithoutCommunityOrSequenceIsMalformed() {
        String withoutCommunity = """
                {"specversion":"1.0","id":"%s","source":"s","type":"t.v1","time":"2026-05-06T01:30:00Z",
                 "subject":"x","sequence":1,"data":{}}""".formatted(UUID.randomUUID());
        String withoutSequence = """
                {"specversion":"1.0","id":"%s","source":"s","type":"t.v1","time":"2026-05-06T01:30:00Z",
                 "subject":"x","community":"gulou","data":{}}""".formatted(UUID.randomUUID());

        assertThatThrownBy(() -> codec.decode(withoutCommunity)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode(withoutSequence)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("not json")).isInstanceOf(MalformedEventException.class);
    }
}
