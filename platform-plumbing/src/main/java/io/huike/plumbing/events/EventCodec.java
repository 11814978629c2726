package io.huike.plumbing.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/**
 * Turns envelopes into JSON and back. Reading is tolerant: unknown attributes and payload fields are ignored, so a
 * consumer's small record takes only what it needs and keeps working when a producer adds fields.
 */
@ApplicationScoped
public class EventCodec {

    private final ObjectWriter writer;
    private final ObjectReader tolerantReader;
    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.writer = mapper.writer();
        this.tolerantReader = mapper.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String encode(EventEnvelope envelope) {
        try {
            return writer.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload of an event as the JSON object that goes into {@code data}. */
    public ObjectNode toData(Object payload) {
        JsonNode node = mapper.valueToTree(payload);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("An event payload must be a JSON object: " + payload.getClass());
        }
        return object;
    }

    public EventEnvelope decode(String json) {
        EventEnvelope envelope;
        try {
            envelope = tolerantReader.forType(EventEnvelope.class).readValue(json);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("Not a CloudEvents JSON envelope", e);
        }
        if (envelope == null || !envelope.isComplete()) {
            throw new MalformedEventException("Envelope lacks a required attribute", null);
        }
        return envelope;
    }

    /** Reads the payload into the consumer's own record, ignoring fields it does not know. */
    public <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return tolerantReader.forType(type).readValue(envelope.data());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new MalformedEventException(
                    "Payload of " + envelope.type() + " does not fit " + type.getSimpleName(), e);
        }
    }
}
