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

/** Reads a service's OpenAPI document: its operations, their roles, parameters and bodies, and what it leaves undescribed. */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final java.util.regex.Pattern OPERATION_ID = java.util.regex.Pattern.compile("[a-z][A-Za-z0-9]*");

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

    /** The document the service under test serves at {@code /q/openapi}. */
    public static OpenApiDocument served() {
        return parse(io.restassured.RestAssured.given()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    /** Every operation, in document order. */
    public List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        forEachOperation((name, operation) -> {
            int space = name.indexOf(' ');
            endpoints.add(new Endpoint(name.substring(0, space), name.substring(space + 1), operation));
        });
        return endpoints;
    }

    /** The schema itself, or the component its {@code $ref} names, followed until it is no reference. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = schemaOf(resolved);
        }
        return resolved;
    }

    /** A parameter of an operation: where it goes, its schema resolved and its example (missing when none). */
    public record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {}

    /** One operation of the document. */
    public final class Endpoint {

        private final String method;
        private final String path;
        private final JsonNode operation;

        private Endpoint(String method, String path, JsonNode operation) {
            this.method = method;
            this.path = path;
            this.operation = operation;
        }

        public String method() {
            return method;
        }

        public String path() {
            return path;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }

        /** Whether the operation declares a security requirement, i.e. needs a bearer token. */
        public boolean secured() {
            return operation.path("security").size() > 0;
        }

        /** The roles that may call it: the scopes of its security requirements. */
        public Set<String> roles() {
            Set<String> roles = new java.util.TreeSet<>();
            operation
                    .path("security")
                    .forEach(requirement ->
                            requirement.forEach(scopes -> scopes.forEach(role -> roles.add(role.asText()))));
            return roles;
        }

        /** The names of its parameters in the given place ({@code path}, {@code header}, {@code query}). */
        public List<String> parameters(String in) {
            List<String> names = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> {
                if (in.equals(parameter.path("in").asText())) {
                    names.add(parameter.path("name").asText());
                }
            });
            return names;
        }

        /** The schema of a parameter, resolved; a missing node when there is no such parameter. */
        public JsonNode parameterSchema(String name) {
            for (JsonNode parameter : operation.path("parameters")) {
                if (name.equals(parameter.path("name").asText())) {
                    return resolve(parameter.path("schema"));
                }
            }
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }

        /**
         * Whether the operation documents the status: as itself, as its class ({@code 4XX}) or by a {@code default}
         * response.
         */
        public boolean documents(int status) {
            JsonNode responses = operation.path("responses");
            return responses.has(String.valueOf(status))
                    || responses.has(status / 100 + "XX")
                    || responses.has("default");
        }

        /** Its parameters in the path and the query, in document order. */
        public List<Parameter> pathAndQueryParameters() {
            List<Parameter> found = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> {
                String in = parameter.path("in").asText();
                if (in.equals("path") || in.equals("query")) {
                    found.add(new Parameter(
                            parameter.path("name").asText(),
                            in,
                            parameter.path("required").asBoolean(false),
                            resolve(parameter.path("schema")),
                            parameter.path("example")));
                }
            });
            return found;
        }

        /** Whether its answer is a stream of server-sent events, which stays open instead of ending. */
        public boolean streams() {
            return operation.path("responses").path("200").path("content").has("text/event-stream");
        }

        /** The JSON body's schema, resolved; a missing node when the operation takes no JSON body. */
        public JsonNode bodySchema() {
            JsonNode media = operation.path("requestBody").path("content").path("application/json");
            return media.isMissingNode() ? media : resolve(media.path("schema"));
        }

        public boolean bodyRequired() {
            return operation.path("requestBody").path("required").asBoolean(false);
        }

        /** The first example of the JSON body, from the media type or else from its schema; missing when none. */
        public JsonNode bodyExample() {
            JsonNode media = operation.path("requestBody").path("content").path("application/json");
            if (media.has("example")) {
                return media.get("example");
            }
            if (media.path("examples").size() > 0) {
                return media.path("examples").elements().next().path("value");
            }
            JsonNode schema = bodySchema();
            if (schema.has("example")) {
                return schema.get("example");
            }
            return schema.path("examples").path(0);
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

    /**
     * What a client generated from the document would lack: an operation without an operationId (an unnamed method),
     * one that is not lowerCamelCase or is used twice, a tag (an API class) that the document does not define
     * with a description, and a success answer without a schema of its body (a method returning Object).
     */
    public List<String> unfitForGeneratedClients() {
        List<String> faults = new ArrayList<>();
        Map<String, String> described = new java.util.HashMap<>();
        document.path("tags")
                .forEach(tag -> described.put(
                        tag.path("name").asText(), tag.path("description").asText()));
        Set<String> named = new java.util.HashSet<>();
        forEachOperation((name, operation) -> {
            String id = operation.path("operationId").asText();
            if (id.isBlank()) {
                faults.add(name + ": no operationId");
            } else if (!OPERATION_ID.matcher(id).matches()) {
                faults.add(name + ": operationId " + id + " is not lowerCamelCase");
            } else if (!named.add(id)) {
                faults.add(name + ": operationId " + id + " is used twice");
            }
            if (operation.path("tags").isEmpty()) {
                faults.add(name + ": no tag");
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                String status = response.getKey();
                if (status.startsWith("2") && !status.equals("204") && !describesItsBody(response.getValue())) {
                    faults.add(name + ": answer " + status + " without a schema of its body");
                }
            });
            operation.path("tags").forEach(tag -> {
                if (described.getOrDefault(tag.asText(), "").isBlank()) {
                    faults.add(name + ": tag " + tag.asText() + " is not defined with a description");
                }
            });
        });
        return faults;
    }

    private static boolean describesItsBody(JsonNode response) {
        JsonNode content = response.path("content");
        if (content.isEmpty()) {
            return false;
        }
        for (JsonNode media : content) {
            if (media.path("schema").isEmpty()) {
                return false;
            }
        }
        return true;
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
