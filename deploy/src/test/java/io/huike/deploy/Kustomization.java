package io.huike.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a kustomization as {@code kubectl kustomize} would, for the features these manifests use: resources
 * (files and directories), ConfigMaps generated from files, patches (strategic merge, by the patch's own kind and
 * name or by a target; JSON 6902 with a target), namespace and images. Anything else in a kustomization is refused,
 * so that a feature this renderer ignores cannot go unchecked. Unlike kustomize, a patch or image entry that matches
 * nothing is an error: it is a misspelt name. As in kustomize (its default load restrictor), a file a kustomization
 * reads must be in its own directory or below; another kustomization's directory may be anywhere.
 */
final class Kustomization {

    static final String FILE = "kustomization.yaml";
    private static final Set<String> SUPPORTED = Set.of(
            "apiVersion",
            "kind",
            "resources",
            "configMapGenerator",
            "generatorOptions",
            "patches",
            "namespace",
            "images");

    private Kustomization() {}

    /** The resources the kustomization in this directory produces. */
    static List<ObjectNode> render(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(directory + " has no " + FILE);
        }
        JsonNode kustomization = single(file);
        if (!kustomization.path("apiVersion").asText().equals("kustomize.config.k8s.io/v1beta1")
                || !kustomization.path("kind").asText().equals("Kustomization")) {
            throw new IllegalStateException(file + ": not a kustomize.config.k8s.io/v1beta1 Kustomization");
        }
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalStateException(file + ": '" + field + "' is not one of " + SUPPORTED);
            }
        });

        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path resource = directory.resolve(entry.asText()).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(render(resource));
            } else if (Files.isRegularFile(resource)) {
                inside(directory, file, entry.asText());
                for (JsonNode document : YamlDocuments.read(resource)) {
                    if (!document.isObject()) {
                        throw new IllegalStateException(resource + ": a resource must be a mapping");
                    }
                    resources.add((ObjectNode) document);
                }
            } else {
                throw new IllegalStateException(file + ": resource " + entry.asText() + " does not exist");
            }
        }
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            resources.add(generateConfigMap(directory, file, generator, kustomization.path("generatorOptions")));
        }
        Set<String> ids = new HashSet<>();
        for (ObjectNode resource : resources) {
            if (!ids.add(id(resource))) {
                throw new IllegalStateException(file + ": " + id(resource) + " is defined twice");
            }
        }

        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(directory, file, patch, resources);
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.path("namespace").asText();
            resources.stream()
                    .filter(resource -> !resource.path("kind").asText().equals("Namespace"))
                    .forEach(resource -> metadata(resource).put("namespace", namespace));
        }
        for (JsonNode image : kustomization.path("images")) {
            setImage(file, image, resources);
        }
        return resources;
    }

    /** Kind, group and name: what kustomize tells resources apart by. */
    static String id(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return resource.path("kind").asText() + "." + group + "/"
                + resource.path("metadata").path("name").asText();
    }

    private static void applyPatch(Path directory, Path file, JsonNode patch, List<ObjectNode> resources) {
        List<JsonNode> documents;
        String origin;
        if (patch.has("path")) {
            Path patchFile = directory.resolve(patch.path("path").asText()).normalize();
            if (!Files.isRegularFile(patchFile)) {
                throw new IllegalStateException(
                        file + ": patch " + patch.path("path").asText() + " does not exist");
            }
            inside(directory, file, patch.path("path").asText());
            documents = YamlDocuments.read(patchFile);
            origin = patchFile.toString();
        } else if (patch.has("patch")) {
            documents = YamlDocuments.parse(patch.path("patch").asText());
            origin = file + " (inline patch)";
        } else {
            throw new IllegalStateException(file + ": a patch needs a path or a patch");
        }
        JsonNode target = patch.path("target");
        target.fieldNames().forEachRemaining(field -> {
            if (!Set.of("group", "version", "kind", "name").contains(field)) {
                throw new IllegalStateException(file + ": target field '" + field + "' is not supported");
            }
        });

        if (documents.size() == 1 && documents.get(0).isArray()) {
            if (target.isMissingNode()) {
                throw new IllegalStateException(origin + ": a JSON 6902 patch needs a target");
            }
            for (ObjectNode resource : matching(origin, target, resources)) {
                for (JsonNode operation : documents.get(0)) {
                    JsonPatch.apply(resource, operation, origin + " on " + id(resource));
                }
            }
            return;
        }
        for (JsonNode document : documents) {
            if (!document.isObject()) {
                throw new IllegalStateException(origin + ": a strategic merge patch must be a mapping");
            }
            JsonNode selector = target.isMissingNode() ? selectorOf(document) : target;
            for (ObjectNode resource : matching(origin, selector, resources)) {
                ObjectNode body = ((ObjectNode) document).deepCopy();
                if (!target.isMissingNode()) {
                    // Like kustomize: with a target, the patch's own name does not narrow it.
                    metadata(body)
                            .put("name", resource.path("metadata").path("name").asText());
                }
                StrategicMerge.merge(
                        resource,
                        body,
                        ManifestSchemas.isBuiltIn(resource.path("apiVersion").asText()));
            }
        }
    }

    /**
     * A ConfigMap whose data are the given files, named as given: kustomize would add a suffix made from a hash of the
     * content, which this renderer does not compute, so the generator options must turn it off.
     */
    private static ObjectNode generateConfigMap(Path directory, Path file, JsonNode generator, JsonNode options) {
        allowOnly(file, "configMapGenerator", generator, Set.of("name", "files"));
        allowOnly(file, "generatorOptions", options, Set.of("disableNameSuffixHash", "labels"));
        String name = generator.path("name").asText();
        if (name.isEmpty()) {
            throw new IllegalStateException(file + ": a configMapGenerator needs a name");
        }
        if (!options.path("disableNameSuffixHash").asBoolean(false)) {
            throw new IllegalStateException(file + ": ConfigMap " + name
                    + " would get a name suffix (a hash of its content) that this renderer does not compute;"
                    + " set generatorOptions.disableNameSuffixHash");
        }
        ObjectNode configMap = JsonNodeFactory.instance.objectNode();
        configMap.put("apiVersion", "v1");
        configMap.put("kind", "ConfigMap");
        ObjectNode metadata = configMap.putObject("metadata");
        metadata.put("name", name);
        if (options.has("labels")) {
            metadata.set("labels", options.path("labels").deepCopy());
        }
        ObjectNode data = configMap.putObject("data");
        for (JsonNode entry : generator.path("files")) {
            String text = entry.asText();
            String key = text.contains("=") ? text.substring(0, text.indexOf('=')) : null;
            String path = text.contains("=") ? text.substring(text.indexOf('=') + 1) : text;
            Path source = inside(directory, file, path);
            if (!Files.isRegularFile(source)) {
                throw new IllegalStateException(file + ": " + path + " of ConfigMap " + name + " does not exist");
            }
            key = key != null ? key : source.getFileName().toString();
            if (data.has(key)) {
                throw new IllegalStateException(file + ": ConfigMap " + name + " has the key " + key + " twice");
            }
            try {
                data.put(key, Files.readString(source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return configMap;
    }

    /** The file a kustomization names, which kustomize reads only in the kustomization's directory or below. */
    private static Path inside(Path directory, Path file, String path) {
        Path root = directory.toAbsolutePath().normalize();
        Path resolved = root.resolve(path).normalize();
        try {
            if (Files.exists(resolved)) {
                root = root.toRealPath();
                resolved = resolved.toRealPath();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!resolved.startsWith(root)) {
            throw new IllegalStateException(file + ": " + path + " is outside the kustomization's directory, where"
                    + " kustomize refuses to read it (only another kustomization's directory may be elsewhere)");
        }
        return resolved;
    }

    private static void allowOnly(Path file, String what, JsonNode node, Set<String> fields) {
        node.fieldNames().forEachRemaining(field -> {
            if (!fields.contains(field)) {
                throw new IllegalStateException(file + ": " + what + " field '" + field + "' is not supported");
            }
        });
    }

    private static JsonNode selectorOf(JsonNode patch) {
        ObjectNode selector = JsonNodeFactory.instance.objectNode();
        String apiVersion = patch.path("apiVersion").asText();
        selector.put("group", apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "");
        selector.put("kind", patch.path("kind").asText());
        selector.put("name", patch.path("metadata").path("name").asText());
        return selector;
    }

    private static List<ObjectNode> matching(String origin, JsonNode selector, List<ObjectNode> resources) {
        List<ObjectNode> matches = resources.stream()
                .filter(resource -> matches(selector, resource))
                .toList();
        if (matches.isEmpty()) {
            throw new IllegalStateException(origin + ": patch target " + selector + " matches no resource");
        }
        return matches;
    }

    private static boolean matches(JsonNode selector, JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return (!selector.has("group") || selector.path("group").asText().equals(group))
                && (!selector.has("version")
                        || selector.path("version").asText().equals(version))
                && (!selector.has("kind")
                        || selector.path("kind")
                                .asText()
                                .equals(resource.path("kind").asText()))
                && (!selector.has("name")
                        || selector.path("name")
                                .asText()
                                .equals(resource.path("metadata").path("name").asText()));
    }

    private static void setImage(Path file, JsonNode image, List<ObjectNode> resources) {
        String name = image.path("name").asText();
        boolean used = false;
        for (ObjectNode resource : resources) {
            JsonNode podSpec = resource.path("spec").path("template").path("spec");
            for (String list : List.of("initContainers", "containers")) {
                for (JsonNode container : podSpec.path(list)) {
                    String current = container.path("image").asText();
                    int tag = current.lastIndexOf(':') > current.lastIndexOf('/') ? current.lastIndexOf(':') : -1;
                    String currentName = tag < 0 ? current : current.substring(0, tag);
                    if (!currentName.equals(name)) {
                        continue;
                    }
                    String newName = image.path("newName").asText(currentName);
                    String newTag = image.has("newTag")
                            ? image.path("newTag").asText()
                            : tag < 0 ? null : current.substring(tag + 1);
                    ((ObjectNode) container).put("image", newTag == null ? newName : newName + ":" + newTag);
                    used = true;
                }
            }
        }
        if (!used) {
            throw new IllegalStateException(file + ": image " + name + " is used by no container");
        }
    }

    private static ObjectNode metadata(ObjectNode resource) {
        return resource.has("metadata") ? (ObjectNode) resource.get("metadata") : resource.putObject("metadata");
    }

    private static JsonNode single(Path file) {
        List<JsonNode> documents = YamlDocuments.read(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + ": expected one document, found " + documents.size());
        }
        return documents.get(0);
    }

    /** Strategic merge as kustomize applies it, for mappings and for lists of named items. */
    static final class StrategicMerge {

        private StrategicMerge() {}

        /**
         * @param builtIn whether the resource is one of Kubernetes' own kinds, whose lists of named items (containers,
         *     env, volumes...) merge by name; a custom resource has no merge keys, so its lists are replaced
         */
        static void merge(ObjectNode target, ObjectNode patch, boolean builtIn) {
            patch.properties().forEach(field -> {
                String key = field.getKey();
                JsonNode value = field.getValue();
                JsonNode current = target.get(key);
                if (value.isNull()) {
                    target.remove(key);
                } else if (value.isObject() && current != null && current.isObject()) {
                    merge((ObjectNode) current, (ObjectNode) value, builtIn);
                } else if (builtIn && value.isArray() && current != null && named(current) && named(value)) {
                    mergeByName((ArrayNode) current, (ArrayNode) value);
                } else {
                    target.set(key, value.deepCopy());
                }
            });
        }

        private static void mergeByName(ArrayNode current, ArrayNode patch) {
            for (JsonNode item : patch) {
                JsonNode existing = null;
                for (JsonNode candidate : current) {
                    if (candidate.path("name").equals(item.path("name"))) {
                        existing = candidate;
                    }
                }
                if (existing == null) {
                    current.add(item.deepCopy());
                } else {
                    merge((ObjectNode) existing, (ObjectNode) item, true);
                }
            }
        }

        private static boolean named(JsonNode list) {
            if (!list.isArray() || list.isEmpty()) {
                return false;
            }
            for (JsonNode item : list) {
                if (!item.isObject() || !item.path("name").isTextual()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** RFC 6902 add, replace and remove; a path that does not exist is an error, as in kustomize. */
    static final class JsonPatch {

        private JsonPatch() {}

        static void apply(ObjectNode resource, JsonNode operation, String origin) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText();
            if (!Set.of("add", "replace", "remove").contains(op)) {
                throw new IllegalStateException(origin + ": operation '" + op + "' is not supported");
            }
            if (!path.startsWith("/")) {
                throw new IllegalStateException(origin + ": path '" + path + "' must start with /");
            }
            List<String> tokens = new ArrayList<>();
            for (String token : path.substring(1).split("/", -1)) {
                tokens.add(token.replace("~1", "/").replace("~0", "~"));
            }
            JsonNode parent = resource;
            for (String token : tokens.subList(0, tokens.size() - 1)) {
                parent = parent.isArray() ? parent.path(index(token, origin, path)) : parent.path(token);
                if (parent.isMissingNode()) {
                    throw new IllegalStateException(origin + ": path " + path + " does not exist");
                }
            }
            String last = tokens.get(tokens.size() - 1);
            JsonNode value = operation.path("value");
            if (parent instanceof ObjectNode object) {
                if (!op.equals("add") && !object.has(last)) {
                    throw new IllegalStateException(origin + ": path " + path + " does not exist");
                }
                if (op.equals("remove")) {
                    object.remove(last);
                } else {
                    object.set(last, value.deepCopy());
                }
            } else if (parent instanceof ArrayNode array) {
                int index = op.equals("add") && last.equals("-") ? array.size() : index(last, origin, path);
                int limit = op.equals("add") ? array.size() : array.size() - 1;
                if (index > limit) {
                    throw new IllegalStateException(origin + ": path " + path + " does not exist");
                }
                switch (op) {
                    case "add" -> array.insert(index, value.deepCopy());
                    case "replace" -> array.set(index, value.deepCopy());
                    default -> array.remove(index);
                }
            } else {
                throw new IllegalStateException(origin + ": path " + path + " does not exist");
            }
        }

        private static int index(String token, String origin, String path) {
            try {
                return Integer.parseInt(token);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(origin + ": '" + token + "' in " + path + " is not a list index");
            }
        }
    }

    static List<Path> kustomizationDirectories(Path root) {
        try (var files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().equals(FILE))
                    .map(Path::getParent)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
