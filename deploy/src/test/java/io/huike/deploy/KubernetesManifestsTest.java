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
    void everyDeploymentsServiceBudgetPolicyAndAutoscalerFindItsPods(Path kustomization) {
        List<ObjectNode> resources = Kustomization.render(kustomization);
        List<String> deployments = names(ofKind(resources, "Deployment"));
        assertThat(deployments).containsAll(SERVICES).contains(PlatformWiring.KEYCLOAK, PlatformWiring.WORKBENCH);
        for (String deployment : deployments) {
            JsonNode podLabels = find(resources, "Deployment", deployment)
                    .path("spec")
                    .path("template")
                    .path("metadata")
                    .path("labels");
            for (String kind : List.of("Service", "PodDisruptionBudget", "NetworkPolicy", "ServiceAccount")) {
                assertThat(find(resources, kind, deployment))
                        .as(kind + " " + deployment)
                        .isNotNull();
            }
            assertThat(isSubset(
                            find(resources, "Service", deployment).path("spec").path("selector"), podLabels))
                    .as("Service " + deployment)
                    .isTrue();
            assertThat(isSubset(
                            find(resources, "PodDisruptionBudget", deployment)
                                    .path("spec")
                                    .path("selector")
                                    .path("matchLabels"),
                            podLabels))
                    .as("PodDisruptionBudget " + deployment)
                    .isTrue();
            assertThat(isSubset(
                            find(resources, "NetworkPolicy", deployment)
                                    .path("spec")
                                    .path("podSelector")
                                    .path("matchLabels"),
                            podLabels))
                    .as("NetworkPolicy " + deployment)
                    .isTrue();
            JsonNode autoscaler = find(resources, "HorizontalPodAutoscaler", deployment);
            if (autoscaler != null) {
                assertThat(autoscaler
                                .path("spec")
                                .path("scaleTargetRef")
                                .path("name")
                                .asText())
                        .isEqualTo(deployment);
            }
        }
        for (String scaled : concat(SERVICES, PlatformWiring.WORKBENCH)) {
            assertThat(find(resources, "HorizontalPodAutoscaler", scaled))
                    .as("autoscaler of " + scaled)
                    .isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyDeploymentHasProbesLimitsAndAReadOnlyRootFileSystem(Path kustomization) {
        List<ObjectNode> resources = Kustomization.render(kustomization);
        for (ObjectNode deployment : ofKind(resources, "Deployment")) {
            String name = deployment.path("metadata").path("name").asText();
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean())
                    .as(name + " runs as non-root")
                    .isTrue();
            assertThat(pod.path("serviceAccountName").asText()).isEqualTo(name);
            assertThat(find(resources, "ServiceAccount", name)
                            .path("automountServiceAccountToken")
                            .asBoolean(true))
                    .as(name + " mounts no API token")
                    .isFalse();
            for (JsonNode container : pod.path("containers")) {
                List<String> portNames = new ArrayList<>();
                container
                        .path("ports")
                        .forEach(port -> portNames.add(port.path("name").asText()));
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    JsonNode get = container.path(probe).path("httpGet");
                    assertThat(get.path("path").asText())
                            .as(name + " " + probe)
                            .matches(".*/health/(started|ready|live)");
                    assertThat(portNames)
                            .as(name + " " + probe + " port")
                            .contains(get.path("port").asText());
                }
                for (String bound : List.of("requests", "limits")) {
                    assertThat(container
                                    .path("resources")
                                    .path(bound)
                                    .path("memory")
                                    .asText())
                            .as(name + " memory " + bound)
                            .isNotEmpty();
                }
                assertThat(container
                                .path("resources")
                                .path("requests")
                                .path("cpu")
                                .asText())
                        .as(name + " cpu request")
                        .isNotEmpty();
                JsonNode security = container.path("securityContext");
                assertThat(security.path("readOnlyRootFilesystem").asBoolean())
                        .as(name + " read-only root file system")
                        .isTrue();
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true))
                        .as(name + " privilege escalation")
                        .isFalse();
                assertThat(security.path("capabilities").path("drop").toString())
                        .as(name + " capabilities")
                        .contains("\"ALL\"");
                assertThat(container.path("volumeMounts").toString())
                        .as(name + " has a writable /tmp")
                        .contains("\"mountPath\":\"/tmp\"");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void keycloakHasItsOwnDatabaseAndCredentials(Path kustomization) {
        List<ObjectNode> resources = Kustomization.render(kustomization);
        PlatformWiring wiring = new PlatformWiring(resources);
        JsonNode keycloak = wiring.container(PlatformWiring.KEYCLOAK);

        assertThat(wiring.env(keycloak, "KC_DB_URL"))
                .isEqualTo("jdbc:postgresql://huike-keycloak-db-rw:5432/huike_keycloak");
        assertThat(PlatformWiring.secretOf(keycloak, "KC_DB_USERNAME")).isEqualTo("huike-keycloak-db-app/username");
        assertThat(PlatformWiring.secretOf(keycloak, "KC_DB_PASSWORD")).isEqualTo("huike-keycloak-db-app/password");
        assertThat(find(resources, "Cluster", "huike-keycloak-db")
                        .path("spec")
                        .path("bootstrap")
                        .path("initdb")
                        .path("database")
                        .asText())
                .isEqualTo("huike_keycloak");
        assertThat(keycloak.path("args").toString()).contains("--optimized").contains("--import-realm");
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void theServicesTrustTheIssuerKeycloakPutsInItsTokens(Path kustomization) {
        assertThat(new PlatformWiring(Kustomization.render(kustomization)).identityProblems())
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void theWorkbenchReachesEachServiceAndKeycloakAndBrowsersReachBoth(Path kustomization) {
        assertThat(new PlatformWiring(Kustomization.render(kustomization)).reachabilityProblems())
                .isEmpty();
    }

    @Test
    void theKeycloakImageIsOfTheVersionThePlatformScriptRuns() {
        JsonNode keycloak =
                new PlatformWiring(Kustomization.render(KUBERNETES.resolve("base"))).container(PlatformWiring.KEYCLOAK);

        assertThat(keycloak.path("image").asText())
                .isEqualTo("huike/keycloak:" + PlatformScript.variable("KEYCLOAK_VERSION"));
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
    void theDevelopmentOverlayImportsTheRepositorysRealmWithEverythingItReads() throws IOException {
        List<ObjectNode> resources = Kustomization.render(KUBERNETES.resolve("overlays/dev"));
        PlatformWiring wiring = new PlatformWiring(resources);
        JsonNode keycloak = wiring.container(PlatformWiring.KEYCLOAK);
        JsonNode pod = find(resources, "Deployment", PlatformWiring.KEYCLOAK)
                .path("spec")
                .path("template")
                .path("spec");

        JsonNode realm = find(resources, "ConfigMap", "huike-realm");
        assertThat(realm.path("data").path("huike-realm.json").asText())
                .isEqualTo(Files.readString(PlatformScript.REALM));
        String volume = null;
        for (JsonNode mount : keycloak.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals("/opt/keycloak/data/import")) {
                volume = mount.path("name").asText();
            }
        }
        assertThat(volume).as("a volume mounted at data/import").isNotNull();
        for (JsonNode candidate : pod.path("volumes")) {
            if (candidate.path("name").asText().equals(volume)) {
                assertThat(candidate.path("configMap").path("name").asText()).isEqualTo("huike-realm");
            }
        }
        assertThat(PlatformScript.realmPlaceholders())
                .isNotEmpty()
                .allSatisfy(name ->
                        assertThat(wiring.hasEnv(keycloak, name)).as(name).isTrue());
    }

    @Test
    void everySecretTheDevelopmentOverlayReadsIsInItOrMadeByCloudNativePg() {
        List<ObjectNode> resources = Kustomization.render(KUBERNETES.resolve("overlays/dev"));
        Set<String> made = ofKind(resources, "Cluster").stream()
                .map(c -> c.path("metadata").path("name").asText() + "-app")
                .collect(Collectors.toSet());

        List<String> references = secretReferences(resources);
        assertThat(references).isNotEmpty();
        for (String reference : references) {
            String secret = reference.substring(0, reference.indexOf('/'));
            String key = reference.substring(reference.indexOf('/') + 1);
            if (made.contains(secret)) {
                continue;
            }
            JsonNode given = find(resources, "Secret", secret);
            assertThat(given).as(reference).isNotNull();
            assertThat(given.path("stringData").has(key)).as(reference).isTrue();
        }
    }

    @Test
    void productionIsReachedOverHttpsAndGivesNoSecretAndNoDemoRealm() {
        List<ObjectNode> resources = Kustomization.render(KUBERNETES.resolve("overlays/production"));
        PlatformWiring wiring = new PlatformWiring(resources);
        JsonNode workbench = wiring.container(PlatformWiring.WORKBENCH);

        assertThat(wiring.env(wiring.container(PlatformWiring.KEYCLOAK), "KC_HOSTNAME"))
                .startsWith("https://");
        assertThat(wiring.env(wiring.container("case-service"), "MP_JWT_VERIFY_ISSUER"))
                .startsWith("https://");
        assertThat(wiring.env(workbench, "HUIKE_WORKBENCH_PUBLIC_URL")).startsWith("https://");
        assertThat(wiring.env(workbench, "QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE"))
                .isEqualTo("true");
        assertThat(wiring.env(workbench, "QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE"))
                .isEqualTo("true");
        assertThat(ofKind(resources, "Secret")).isEmpty();
        assertThat(find(resources, "ConfigMap", "huike-realm")).isNull();
        assertThat(secretReferences(resources))
                .filteredOn(reference -> !reference.matches("huike-[a-z]+-db-app/.*"))
                .allMatch(reference ->
                        reference.startsWith("huike-keycloak/") || reference.startsWith("huike-workbench/"));
    }

    @Test
    void productionRunsReleasedImagesAndBacksUpEveryDatabaseNightly() {
        List<ObjectNode> resources = Kustomization.render(KUBERNETES.resolve("overlays/production"));
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
        assertThat(images).containsKeys(PlatformWiring.KEYCLOAK, PlatformWiring.WORKBENCH);
        assertThat(images.values()).allMatch(image -> !image.endsWith("-SNAPSHOT"));
        for (String cluster : names(ofKind(resources, "Cluster"))) {
            assertThat(ofKind(resources, "ScheduledBackup"))
                    .as("nightly backup of " + cluster)
                    .anyMatch(b ->
                            b.path("spec").path("cluster").path("name").asText().equals(cluster));
        }
    }

    @Test
    void noManifestTrustsTheDevelopmentKeys() throws IOException {
        try (Stream<Path> files =
                Stream.concat(Files.walk(KUBERNETES), Stream.of(Path.of("local/keycloak/kustomization.yaml")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file))
                        .as(file.toString())
                        .doesNotContain("dev-keys")
                        .doesNotContain("BEGIN PUBLIC KEY")
                        .doesNotContain("huike-jwt")
                        .doesNotContain("/etc/huike/jwt");
            }
        }
        for (Path kustomization : kustomizations()) {
            JsonNode config = find(Kustomization.render(kustomization), "ConfigMap", "huike-config")
                    .path("data");
            assertThat(config.path("MP_JWT_VERIFY_ISSUER").asText()).isNotEqualTo("huike-dev");
            assertThat(config.path("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText()).startsWith("http");
        }
    }

    /** Every "secret/key" a Deployment's environment reads. */
    private static List<String> secretReferences(List<ObjectNode> resources) {
        List<String> references = new ArrayList<>();
        for (ObjectNode deployment : ofKind(resources, "Deployment")) {
            for (JsonNode container :
                    deployment.path("spec").path("template").path("spec").path("containers")) {
                for (JsonNode variable : container.path("env")) {
                    String reference = PlatformWiring.secretOf(
                            container, variable.path("name").asText());
                    if (reference != null) {
                        references.add(reference);
                    }
                }
            }
        }
        return references;
    }

    private static List<String> names(List<ObjectNode> resources) {
        return resources.stream()
                .map(r -> r.path("metadata").path("name").asText())
                .toList();
    }

    private static List<String> concat(List<String> names, String more) {
        List<String> all = new ArrayList<>(names);
        all.add(more);
        return all;
    }

    static JsonNode find(List<ObjectNode> resources, String kind, String name) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind)
                        && r.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElse(null);
    }

    static List<ObjectNode> ofKind(List<ObjectNode> resources, String kind) {
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
