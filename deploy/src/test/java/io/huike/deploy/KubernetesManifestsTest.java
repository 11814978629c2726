package io.huike.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Kubernetes manifests under deploy/kubernetes: the base and every overlay render and match their schemas. */
class KubernetesManifestsTest {

    static final Path KUBERNETES = Path.of("kubernetes");
    private static final List<String> SERVICES = PublishedTopics.SERVICES;

    private static ManifestSchemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = ManifestSchemas.load();
    }

    static List<Path> kustomizations() {
        return Kustomization.kustomizationDirectories(KUBERNETES);
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyRenderedResourceMatchesTheSchemaOfItsKind(Path kustomization) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode resource : Kustomization.render(kustomization)) {
            schemas.violations(resource).forEach(problem -> problems.add(Kustomization.id(resource) + ": " + problem));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void thereAreTheBaseAndTheDevelopmentAndProductionOverlays() {
        assertThat(kustomizations())
                .containsExactly(
                        KUBERNETES.resolve("base"),
                        KUBERNETES.resolve("overlays/dev"),
                        KUBERNETES.resolve("overlays/production"));
    }

    @Test
    void everyYamlFileIsAResourceOrAPatchOfAKustomization() throws IOException {
        Set<Path> used = new HashSet<>();
        for (Path directory : kustomizations()) {
            JsonNode kustomization =
                    YamlDocuments.read(directory.resolve(Kustomization.FILE)).get(0);
            used.add(directory.resolve(Kustomization.FILE));
            kustomization.path("resources").forEach(r -> used.add(directory.resolve(r.asText())));
            kustomization
                    .path("patches")
                    .forEach(p -> used.add(directory.resolve(p.path("path").asText())));
        }
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            assertThat(files.filter(file -> file.toString().endsWith(".yaml"))).allMatch(used::contains);
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void eachServiceHasAllItsResourcesAndItsOwnDatabase(Path kustomization) {
        List<ObjectNode> resources = Kustomization.render(kustomization);
        for (String service : SERVICES) {
            for (String kind : List.of(
                    "ServiceAccount",
                    "Deployment",
                    "Service",
                    "HorizontalPodAutoscaler",
                    "PodDisruptionBudget",
                    "NetworkPolicy")) {
                assertThat(find(resources, kind, service))
                        .as(kind + " " + service)
                        .isNotNull();
            }
            JsonNode container = find(resources, "Deployment", service)
                    .path("spec")
                    .path("template")
                    .path("spec")
                    .path("containers")
                    .get(0);
            String cluster = "huike-" + service.replace("-service", "") + "-db";
            String database = "huike_" + service.replace("-service", "");
            assertThat(env(container, "QUARKUS_DATASOURCE_JDBC_URL")
                            .path("value")
                            .asText())
                    .isEqualTo("jdbc:postgresql://" + cluster + "-rw:5432/" + database);
            assertThat(env(container, "QUARKUS_DATASOURCE_PASSWORD")
                            .path("valueFrom")
                            .path("secretKeyRef")
                            .path("name")
                            .asText())
                    .isEqualTo(cluster + "-app");
            JsonNode postgres = find(resources, "Cluster", cluster);
            assertThat(postgres.path("spec")
                            .path("bootstrap")
                            .path("initdb")
                            .path("database")
                            .asText())
                    .isEqualTo(database);
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertThat(container.path(probe).path("httpGet").path("path").asText())
                        .as(probe)
                        .startsWith("/q/health/");
            }
            assertThat(container
                            .path("resources")
                            .path("requests")
                            .path("memory")
                            .asText())
                    .isNotEmpty();
            assertThat(container.path("resources").path("limits").path("memory").asText())
                    .isNotEmpty();
            String configMap = container
                    .path("envFrom")
                    .get(0)
                    .path("configMapRef")
                    .path("name")
                    .asText();
            assertThat(find(resources, "ConfigMap", configMap)).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void selectorsOfServicesBudgetsAndAutoscalersFindTheirPods(Path kustomization) {
        List<ObjectNode> resources = Kustomization.render(kustomization);
        for (String service : SERVICES) {
            JsonNode podLabels = find(resources, "Deployment", service)
                    .path("spec")
                    .path("template")
                    .path("metadata")
                    .path("labels");
            assertThat(isSubset(find(resources, "Service", service).path("spec").path("selector"), podLabels))
                    .isTrue();
            assertThat(isSubset(
                            find(resources, "PodDisruptionBudget", service)
                                    .path("spec")
                                    .path("selector")
                                    .path("matchLabels"),
                            podLabels))
                    .isTrue();
            assertThat(isSubset(
                            find(resources, "NetworkPolicy", service)
                                    .path("spec")
                                    .path("podSelector")
                                    .path("matchLabels"),
                            podLabels))
                    .isTrue();
            assertThat(find(resources, "HorizontalPodAutoscaler", service)
                            .path("spec")
                            .path("scaleTargetRef")
                            .path("name")
                            .asText())
                    .isEqualTo(service);
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void theTopicsAreThoseTheServicesPublishToWithSixPartitions(Path kustomization) {
        List<ObjectNode> resources = Kustomization.render(kustomization);
        Set<String> published = PublishedTopics.all();
        List<ObjectNode> topics = ofKind(resources, "KafkaTopic");
        assertThat(topics.stream().map(t -> t.path("metadata").path("name").asText()))
                .containsExactlyInAnyOrderElementsOf(published);
        String kafka =
                ofKind(resources, "Kafka").get(0).path("metadata").path("name").asText();
        int brokers = ofKind(resources, "KafkaNodePool").stream()
                .mapToInt(pool -> pool.path("spec").path("replicas").asInt())
                .sum();
        for (ObjectNode topic : topics) {
            assertThat(topic.path("metadata")
                            .path("labels")
                            .path("strimzi.io/cluster")
                            .asText())
                    .isEqualTo(kafka);
            assertThat(topic.path("spec").path("partitions").asInt()).isEqualTo(6);
            assertThat(topic.path("spec").path("replicas").asInt()).isBetween(1, brokers);
        }
    }

    @Test
    void theDevelopmentOverlayAcceptsTokensOfTheDevelopmentKeyPairOnly() throws IOException {
        List<ObjectNode> resources = Kustomization.render(KUBERNETES.resolve("overlays/dev"));
        JsonNode secret = find(resources, "Secret", "huike-jwt");
        assertThat(secret.path("stringData").path("public.pem").asText())
                .isEqualTo(Files.readString(Path.of("dev-keys/public.pem")));
        assertThat(secret.path("stringData").has("private.pem")).isFalse();
    }

    @Test
    void productionTakesTokenKeysFromTheOidcProviderAndHasNoDevelopmentKey() {
        List<ObjectNode> resources = Kustomization.render(KUBERNETES.resolve("overlays/production"));
        JsonNode config = find(resources, "ConfigMap", "huike-config").path("data");
        assertThat(config.path("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText()).startsWith("https://");
        assertThat(config.path("MP_JWT_VERIFY_ISSUER").asText()).isNotEqualTo("huike-dev");
        assertThat(find(resources, "Secret", "huike-jwt")).isNull();
        Map<String, String> images = ofKind(resources, "Deployment").stream()
                .collect(Collectors.toMap(
                        d -> d.path("metadata").path("name").asText(),
                        d -> d.path("spec")
                                .path("template")
                                .path("spec")
                                .path("containers")
                                .get(0)
                                .path("image")
                                .asText()));
        assertThat(images.values()).allMatch(image -> !image.endsWith("-SNAPSHOT"));
        for (String cluster : ofKind(resources, "Cluster").stream()
                .map(c -> c.path("metadata").path("name").asText())
                .toList()) {
            assertThat(ofKind(resources, "ScheduledBackup"))
                    .as("nightly backup of " + cluster)
                    .anyMatch(b ->
                            b.path("spec").path("cluster").path("name").asText().equals(cluster));
        }
    }

    static JsonNode find(List<ObjectNode> resources, String kind, String name) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind)
                        && r.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static List<ObjectNode> ofKind(List<ObjectNode> resources, String kind) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind))
                .toList();
    }

    private static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError(name + " is not set");
    }

    private static boolean isSubset(JsonNode labels, JsonNode of) {
        if (labels.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> label : labels.properties()) {
            if (!label.getValue().equals(of.path(label.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
