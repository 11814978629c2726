package io.huike.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Turns a CustomResourceDefinition's {@code openAPIV3Schema} into a strict JSON Schema (draft 4, which OpenAPI 3.0
 * schemas follow). The API server prunes fields it does not know and reports nothing, so here an object that lists
 * its properties refuses any other, unless the CRD says it keeps unknown fields: a misspelt field then fails.
 */
final class CrdSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Validation keywords kept; descriptions, Kubernetes formats (int32, quantity...) and extensions are dropped. */
    private static final Set<String> KEPT = Set.of(
            "type",
            "required",
            "enum",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
            "minLength",
            "maxLength",
            "pattern",
            "minItems",
            "maxItems",
            "uniqueItems",
            "minProperties",
            "maxProperties");

    private CrdSchema() {}

    static JsonNode strict(JsonNode openApiV3Schema) {
        return convert(openApiV3Schema, true);
    }

    /**
     * @param describesValue false inside anyOf/oneOf/allOf/not, whose branches only add constraints to a value
     *     described elsewhere and so must not refuse its other properties
     */
    private static ObjectNode convert(JsonNode node, boolean describesValue) {
        ObjectNode out = JSON.createObjectNode();
        node.properties().forEach(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "properties" -> {
                    ObjectNode properties = out.putObject("properties");
                    value.properties()
                            .forEach(property -> properties.set(property.getKey(), convert(property.getValue(), true)));
                }
                case "items" -> out.set("items", convert(value, true));
                case "additionalProperties" -> out.set(key, value.isObject() ? convert(value, true) : value);
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode branches = out.putArray(key);
                    value.forEach(branch -> branches.add(convert(branch, false)));
                }
                case "not" -> out.set(key, convert(value, false));
                default -> {
                    if (KEPT.contains(key)) {
                        out.set(key, value);
                    }
                }
            }
        });
        if (node.path("x-kubernetes-int-or-string").asBoolean()) {
            out.remove("type");
            ArrayNode either = JSON.createArrayNode();
            either.addObject().put("type", "integer");
            either.addObject().put("type", "string");
            if (out.has("anyOf")) {
                out.putArray("allOf").addObject().set("anyOf", either);
            } else {
                out.set("anyOf", either);
            }
        }
        if (node.path("nullable").asBoolean() && out.path("type").isTextual()) {
            String type = out.path("type").asText();
            out.putArray("type").add(type).add("null");
        }
        boolean keepsUnknownFields =
                node.path("x-kubernetes-preserve-unknown-fields").asBoolean();
        if (describesValue && out.has("properties") && !out.has("additionalProperties") && !keepsUnknownFields) {
            out.put("additionalProperties", false);
        }
        return out;
    }
}
