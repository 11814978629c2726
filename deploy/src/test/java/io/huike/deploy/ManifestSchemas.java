package io.huike.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The schema of every kind the manifests use, all offline. Kubernetes' own kinds are read into the fabric8 model,
 * which refuses values of the wrong type and collects fields it does not know (reported here as errors); custom
 * resources are validated against their CRDs' schemas, vendored under {@code schemas/}, made strict by
 * {@link CrdSchema}; the compose file against the Compose Specification's JSON schema.
 */
final class ManifestSchemas {

    private static final Map<String, Class<?>> BUILT_IN = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private static final ObjectMapper MODEL = strictMapper();

    private final Map<String, JsonSchema> customResources;
    private final JsonSchema compose;

    private ManifestSchemas(Map<String, JsonSchema> customResources, JsonSchema compose) {
        this.customResources = customResources;
        this.compose = compose;
    }

    static ManifestSchemas load() {
        Path root = schemasDirectory();
        JsonSchemaFactory draft4 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        Map<String, JsonSchema> customResources = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (JsonNode document : YamlDocuments.read(file)) {
                    if (!document.path("kind").asText().equals("CustomResourceDefinition")) {
                        continue;
                    }
                    JsonNode spec = document.path("spec");
                    for (JsonNode version : spec.path("versions")) {
                        if (version.path("served").asBoolean()) {
                            String key = spec.path("group").asText() + "/"
                                    + version.path("name").asText() + "/"
                                    + spec.path("names").path("kind").asText();
                            JsonNode schema =
                                    CrdSchema.strict(version.path("schema").path("openAPIV3Schema"));
                            customResources.put(key, draft4.getSchema(schema));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ManifestSchemas(customResources, composeSchema(root.resolve("compose/compose-spec.json")));
    }

    /** Whether the API server itself defines this kind (as opposed to an operator's CRD). */
    static boolean isBuiltIn(String apiVersion) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    /** What is wrong with one Kubernetes resource; empty when it conforms to the schema of its kind. */
    List<String> violations(JsonNode resource) {
        String key = resource.path("apiVersion").asText() + "/"
                + resource.path("kind").asText();
        List<String> problems = new ArrayList<>();
        if (resource.path("metadata").path("name").asText().isEmpty()) {
            problems.add("metadata.name is missing");
        }
        Class<?> model = BUILT_IN.get(key);
        JsonSchema schema = customResources.get(key);
        if (model != null) {
            problems.addAll(modelViolations(resource, model));
        } else if (schema != null) {
            for (ValidationMessage message : schema.validate(resource)) {
                problems.add(message.getMessage());
            }
            // A CRD describes metadata only as "an object": the Kubernetes model checks it.
            problems.addAll(modelViolations(resource.path("metadata"), ObjectMeta.class).stream()
                    .map(problem -> "metadata." + problem)
                    .toList());
        } else {
            problems.add("no schema for " + key + " (known: " + BUILT_IN.keySet() + " and " + customResources.keySet()
                    + ")");
        }
        return problems;
    }

    /** What is wrong with a compose file; empty when it conforms to the Compose Specification. */
    List<String> composeViolations(JsonNode composeFile) {
        return compose.validate(composeFile).stream()
                .map(ValidationMessage::getMessage)
                .toList();
    }

    private static List<String> modelViolations(JsonNode resource, Class<?> model) {
        Object value;
        try {
            value = MODEL.treeToValue(resource, model);
        } catch (JsonMappingException e) {
            return List.of(e.getPathReference() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            return List.of(e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        collectUnknownFields(value, "", problems);
        return problems;
    }

    /** The fabric8 model keeps fields it does not know in additionalProperties; the API server would drop them. */
    private static void collectUnknownFields(Object value, String path, List<String> problems) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> collectUnknownFields(item, path + "." + key, problems));
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectUnknownFields(list.get(i), path + "[" + i + "]", problems);
            }
            return;
        }
        if (value == null || !value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object fieldValue = read(field, value);
                if (field.getName().equals("additionalProperties") && fieldValue instanceof Map<?, ?> unknown) {
                    unknown.keySet()
                            .forEach(name -> problems.add((path + "." + name).substring(1) + ": unknown field"));
                } else {
                    JsonProperty property = field.getAnnotation(JsonProperty.class);
                    String name = property != null && !property.value().isEmpty() ? property.value() : field.getName();
                    collectUnknownFields(fieldValue, path + "." + name, problems);
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses what the API server refuses: a number where text belongs (an unquoted env value) and the reverse. */
    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        for (CoercionInputShape shape :
                List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        return mapper;
    }

    /** The vendored schema without its $schema and $id, so that nothing is looked up on the network. */
    private static JsonSchema composeSchema(Path file) {
        try {
            ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(file.toFile());
            schema.remove("$schema");
            schema.remove("$id");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path schemasDirectory() {
        try {
            return Path.of(ManifestSchemas.class.getResource("/schemas").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
