package io.huike.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a service's OpenAPI document and lists what it leaves undescribed. */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final JsonNode document;

    private OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each operation as "METHOD path". */
    public List<String> operations() {
        List<String> operations = new ArrayList<>();
        forEachOperation((name, operation) -> operations.add(name));
        return operations;
    }

    /** The operations that take a request body, so a check of their examples can be seen to have had material. */
    public List<String> operationsWithBody() {
        List<String> withBody = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (operation.path("requestBody").path("content").size() > 0) {
                withBody.add(name);
            }
        });
        return withBody;
    }

    /**
     * Operations without a summary, and operations taking a JSON body without an example of it: what a reader of
     * the document could not use without reading the code.
     */
    public List<String> undescribed() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (operation.path("summary").asText().isBlank()) {
                missing.add(name + ": no summary");
            }
            operation.path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (!hasExample(media.getValue())
                        && !hasExample(schemaOf(media.getValue().path("schema")))) {
                    missing.add(name + ": " + media.getKey() + " body without an example");
                }
            });
        });
        return missing;
    }

    private static boolean hasExample(JsonNode node) {
        return node.has("example") || node.has("examples");
    }

    /** The schema itself, or the component a {@code $ref} names. */
    private JsonNode schemaOf(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    action.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                }
            }
        }
    }
}
