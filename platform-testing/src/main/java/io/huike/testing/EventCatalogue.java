package io.huike.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The AsyncAPI catalogue of every platform event, read for tests: what a producer really publishes must validate
 * against its message schema, and a consumer must accept the catalogue's examples.
 */
public final class EventCatalogue {

    public static final String LOCATION = "asyncapi/huike-events.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventCatalogue(JsonNode document) {
        this.document = document;
    }

    public static EventCatalogue load() {
        try (InputStream in = EventCatalogue.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the classpath");
            }
            return new EventCatalogue(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** Every event type the catalogue lists, e.g. {@code case.registered.v1}. */
    public Set<String> types() {
        Set<String> types = new TreeSet<>();
        document.path("components")
                .path("messages")
                .forEach(message -> types.add(message.path("name").asText()));
        return types;
    }

    /** The channels (topics) whose messages include the given type. */
    public List<String> channelsOf(String type) {
        String key = messageKey(type).orElseThrow();
        List<String> channels = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        document.path("channels").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> channel = it.next();
            channel.getValue().path("messages").forEach(ref -> {
                if (ref.path("$ref").asText().equals("#/components/messages/" + key)) {
                    channels.add(channel.getValue().path("address").asText(channel.getKey()));
                }
            });
        }
        return channels;
    }

    /** Schema violations of one envelope as published; empty when it conforms. */
    public List<String> violations(String envelopeJson) {
        JsonNode envelope;
        try {
            envelope = JSON.readTree(envelopeJson);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        String type = envelope.path("type").asText();
        Optional<String> key = messageKey(type);
        if (key.isEmpty()) {
            return List.of("type '" + type + "' is not in the catalogue");
        }
        JsonSchema schema = schemas.getSchema(schemaOf(key.get()));
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(envelope)) {
            problems.add(message.getMessage());
        }
        return problems;
    }

    /** The example envelopes the catalogue gives for a type, as JSON text. */
    public List<String> examples(String type) {
        String key = messageKey(type).orElseThrow(() -> new IllegalArgumentException(type + " is not catalogued"));
        List<String> examples = new ArrayList<>();
        document.path("components")
                .path("messages")
                .path(key)
                .path("examples")
                .forEach(example -> examples.add(example.path("payload").toString()));
        return examples;
    }

    private Optional<String> messageKey(String type) {
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        document.path("components").path("messages").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> message = it.next();
            if (message.getValue().path("name").asText().equals(type)) {
                return Optional.of(message.getKey());
            }
        }
        return Optional.empty();
    }

    /** A JSON Schema document whose root is the message payload, so the catalogue's internal references resolve. */
    private JsonNode schemaOf(String messageKey) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.path("components"));
        root.put("$ref", "#/components/messages/" + messageKey + "/payload");
        return root;
    }
}
