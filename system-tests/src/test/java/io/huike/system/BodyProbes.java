package io.huike.system;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.huike.testing.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Request bodies derived from an operation's JSON schema and a valid body: the bad ones break the schema (malformed
 * JSON, a required field missing, a wrong type, a value outside its bounds, pattern or enum); the unusual ones fit
 * the schema but carry text a careless service might mangle or choke on (emoji, mixed Chinese and Latin, control
 * characters where no pattern forbids them, SQL and script fragments, very long text, negative numbers).
 */
final class BodyProbes {

    /** One body to send; {@code pointer} locates the field it is about, {@code value} what was put there. */
    record Probe(String kind, String pointer, String body, boolean bad, JsonNode value) {}

    /** Text of every kind a person might type or a system might send, checked against each field's schema. */
    private static final Map<String, String> TEXTS = Map.of(
            "control character", "污水管\u0001堵塞",
            "NUL character", "a\u0000b",
            "emoji", "家门口漏水👍🏻😀",
            "mixed Chinese and Latin", "杨先生 Mr. Yang：第3网格 blocked drain",
            "SQL fragment", "'); drop table cases; --",
            "script fragment", "<script>alert('x')</script>",
            "empty text", "",
            "line breaks", "第一行\n第二行\t完",
            "oversized text", "漢".repeat(100_000));

    private final OpenApiDocument document;
    private final ObjectNode valid;
    private final List<Probe> probes = new ArrayList<>();

    private BodyProbes(OpenApiDocument document, ObjectNode valid) {
        this.document = document;
        this.valid = valid;
    }

    static List<Probe> of(OpenApiDocument document, OpenApiDocument.Endpoint endpoint, ObjectNode valid) {
        BodyProbes probes = new BodyProbes(document, valid);
        String json = valid.toString();
        probes.add("malformed JSON", "", json.substring(0, json.length() - 1), true, null);
        probes.add("not JSON", "", "channel=PHONE&description=x", true, null);
        probes.add("wrong type", "", "[" + json + "]", true, null);
        if (endpoint.bodyRequired()) {
            probes.add("missing body", "", "", true, null);
            probes.add("null body", "", "null", true, null);
        }
        probes.object(endpoint.bodySchema(), "");
        return probes.probes;
    }

    private void object(JsonNode schema, String pointer) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            String at = pointer + "/" + property.getKey();
            JsonNode field = document.resolve(property.getValue());
            if (required.contains(property.getKey()) && !valid.at(at).isMissingNode()) {
                add("missing required field", at, without(at), true, null);
                put("null required field", at, Api.JSON.nullNode(), true);
            }
            field(field, at);
        });
    }

    private void field(JsonNode schema, String pointer) {
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            put("unknown enum value", pointer, TextNode.valueOf("NOT_A_VALUE"), true);
            put("wrong type", pointer, Api.JSON.createObjectNode().put("x", 1), true);
            return;
        }
        switch (type) {
            case "string" -> text(schema, pointer);
            case "integer", "number" -> number(schema, pointer, type.equals("integer"));
            case "boolean" -> put("wrong type", pointer, TextNode.valueOf("maybe"), true);
            case "array" -> array(schema, pointer);
            case "object" -> {
                put("wrong type", pointer, Api.JSON.createArrayNode().add(1).add(2), true);
                if (valid.at(pointer).isObject()) {
                    object(schema, pointer);
                }
            }
            default -> {}
        }
    }

    private void text(JsonNode schema, String pointer) {
        put("wrong type", pointer, Api.JSON.createObjectNode().put("x", 1), true);
        String format = schema.path("format").asText();
        if (!format.isEmpty()) {
            put("malformed " + format, pointer, TextNode.valueOf("2026-02-30T25:61:00 not-a-" + format), true);
        }
        // Well-formed ISO values the database cannot store: refused like a malformed one.
        if (format.equals("date")) {
            put("date at the ISO edge", pointer, TextNode.valueOf("-999999999-01-01"), true);
            put("date at the ISO edge", pointer, TextNode.valueOf("+999999999-12-31"), true);
        }
        if (format.equals("date-time")) {
            put("date-time at the ISO edge", pointer, TextNode.valueOf("-4714-11-24T00:00:00Z"), true);
            put("date-time at the ISO edge", pointer, TextNode.valueOf("+999999999-12-31T23:59:59Z"), true);
        }
        if (schema.has("maxLength")) {
            int max = schema.path("maxLength").asInt();
            put("string over maxLength", pointer, TextNode.valueOf("漢".repeat(max + 1)), true);
        }
        TEXTS.forEach((kind, text) -> put(kind, pointer, TextNode.valueOf(text), !fits(schema, text)));
    }

    /** Whether the schema allows the text, the way the services' Bean Validation reads the same constraints. */
    private static boolean fits(JsonNode schema, String text) {
        if (schema.has("format") || schema.has("enum")) {
            return false;
        }
        if (schema.has("maxLength") && text.length() > schema.path("maxLength").asInt()) {
            return false;
        }
        if (schema.has("minLength") && text.length() < schema.path("minLength").asInt()) {
            return false;
        }
        return !schema.has("pattern")
                || Pattern.compile(schema.path("pattern").asText())
                        .matcher(text)
                        .matches();
    }

    private void number(JsonNode schema, String pointer, boolean integer) {
        put("wrong type", pointer, TextNode.valueOf("abc"), true);
        if (schema.has("minimum")) {
            put(
                    "below minimum",
                    pointer,
                    Api.JSON.valueToTree(schema.path("minimum").asLong() - 1),
                    true);
        } else {
            put("negative number", pointer, Api.JSON.valueToTree(-1), false);
        }
        if (schema.has("maximum")) {
            put(
                    "above maximum",
                    pointer,
                    Api.JSON.valueToTree(schema.path("maximum").asLong() + 1),
                    true);
        }
        if (integer) {
            // Beyond int64, so beyond every integer format the services use.
            put("huge number", pointer, Api.JSON.valueToTree(new java.math.BigInteger("9".repeat(30))), true);
        } else {
            put("huge number", pointer, Api.JSON.valueToTree(1e300), schema.has("maximum"));
        }
    }

    private void array(JsonNode schema, String pointer) {
        put("wrong type", pointer, Api.JSON.createObjectNode().put("x", 1), true);
        JsonNode items = document.resolve(schema.path("items"));
        JsonNode first = valid.at(pointer).path(0);
        if (schema.has("maxItems") && !first.isMissingNode()) {
            ArrayNode tooMany = Api.JSON.createArrayNode();
            for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                // Distinct items, so that a set does not fold them into one.
                tooMany.add(first.isTextual() ? TextNode.valueOf(first.asText() + i) : first.deepCopy());
            }
            put("more items than maxItems", pointer, tooMany, true);
        }
        if (schema.path("minItems").asInt() > 0) {
            put("fewer items than minItems", pointer, Api.JSON.createArrayNode(), true);
        }
        if (!first.isMissingNode()) {
            if (items.path("type").asText().equals("object") || items.has("properties")) {
                object(items, pointer + "/0");
            } else {
                field(items, pointer + "/0");
            }
        }
    }

    /** The valid body with one field replaced; nothing when the valid body has no place for it. */
    private void put(String kind, String pointer, JsonNode value, boolean bad) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = valid.at(at.head());
        if (!parent.isContainerNode()) {
            return;
        }
        ObjectNode body = valid.deepCopy();
        JsonNode copy = body.at(at.head());
        if (copy instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), value);
        } else if (copy instanceof ArrayNode array && array.size() > at.last().getMatchingIndex()) {
            array.set(at.last().getMatchingIndex(), value);
        } else {
            return;
        }
        add(kind, pointer, body.toString(), bad, value);
    }

    private String without(String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        ObjectNode body = valid.deepCopy();
        if (body.at(at.head()) instanceof ObjectNode object) {
            object.remove(at.last().getMatchingProperty());
        }
        return body.toString();
    }

    private void add(String kind, String pointer, String body, boolean bad, JsonNode value) {
        probes.add(new Probe(kind, pointer, body, bad, value));
    }
}
