package io.huike.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks themselves: each mistake below must fail, or the manifests' tests would prove nothing. */
class ManifestChecksTest {

    private static final Path BASE = Path.of("kubernetes/base").toAbsolutePath();
    private static ManifestSchemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = ManifestSchemas.load();
    }

    @Test
    void aMisspelledDeploymentFieldIsRejected() throws IOException {
        JsonNode deployment = documentOf(BASE.resolve("case-service.yaml"), "Deployment", "replicas:", "replicass:");

        assertThat(schemas.violations(deployment)).anyMatch(problem -> problem.contains("replicass"));
    }

    @Test
    void aMisspelledFieldDeepInAPodTemplateIsRejected() throws IOException {
        JsonNode deployment =
                documentOf(BASE.resolve("case-service.yaml"), "Deployment", "readinessProbe:", "readynessProbe:");

        assertThat(schemas.violations(deployment)).anyMatch(problem -> problem.contains("readynessProbe"));
    }

    @Test
    void aNumberWhereKubernetesWantsTextIsRejected() throws IOException {
        JsonNode config = documentOf(BASE.resolve("config.yaml"), "ConfigMap", "\"8080\"", "8080");

        assertThat(schemas.violations(config)).isNotEmpty();
    }

    @Test
    void aMisspelledFieldOfAStrimziResourceIsRejected() throws IOException {
        JsonNode topic = documentOf(BASE.resolve("topics.yaml"), "KafkaTopic", "partitions:", "partitionz:");

        assertThat(schemas.violations(topic)).anyMatch(problem -> problem.contains("partitionz"));
    }

    @Test
    void aMisspelledFieldOfACloudNativePgClusterIsRejected() throws IOException {
        JsonNode cluster = documentOf(BASE.resolve("postgres.yaml"), "Cluster", "instances:", "instance:");

        assertThat(schemas.violations(cluster)).anyMatch(problem -> problem.contains("'instance' is not defined"));
    }

    @Test
    void aWrongValueInACustomResourceIsRejected() throws IOException {
        JsonNode topic = documentOf(BASE.resolve("topics.yaml"), "KafkaTopic", "partitions: 6", "partitions: six");

        assertThat(schemas.violations(topic)).isNotEmpty();
    }

    @Test
    void aKindWithoutSchemaIsRejected() {
        JsonNode ingress = YamlDocuments.parse(
                        "apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: huike\nspec: {}\n")
                .get(0);

        assertThat(schemas.violations(ingress)).anyMatch(problem -> problem.contains("no schema"));
    }

    @Test
    void aMisspelledComposeKeyIsRejected() throws IOException {
        String compose = Files.readString(ComposeFileTest.COMPOSE).replace("healthcheck:", "healthchek:");

        assertThat(schemas.composeViolations(YamlDocuments.parse(compose).get(0)))
                .anyMatch(problem -> problem.contains("healthchek"));
    }

    @Test
    void aKeyGivenTwiceIsRejected() {
        assertThatThrownBy(() -> YamlDocuments.parse("spec:\n  replicas: 1\n  replicas: 2\n"))
                .hasMessageContaining("replicas");
    }

    @Test
    void aPatchForAResourceTheBaseDoesNotDefineFailsTheRendering(@TempDir Path overlay) throws IOException {
        writeOverlay(overlay, "patches:\n  - path: patch.yaml\n");
        Files.writeString(
                overlay.resolve("patch.yaml"),
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: case-servise\nspec:\n  replicas: 1\n");

        assertThatThrownBy(() -> Kustomization.render(overlay)).hasMessageContaining("matches no resource");
    }

    @Test
    void aJsonPatchOfAFieldThatDoesNotExistFailsTheRendering(@TempDir Path overlay) throws IOException {
        writeOverlay(overlay, "patches:\n  - path: patch.yaml\n    target:\n      kind: Deployment\n");
        Files.writeString(overlay.resolve("patch.yaml"), "- op: replace\n  path: /spec/replica\n  value: 1\n");

        assertThatThrownBy(() -> Kustomization.render(overlay)).hasMessageContaining("does not exist");
    }

    @Test
    void aMissingResourceFailsTheRendering(@TempDir Path overlay) throws IOException {
        writeOverlay(overlay, "");
        Files.writeString(
                overlay.resolve(Kustomization.FILE),
                Files.readString(overlay.resolve(Kustomization.FILE)) + "  - secrets.yaml\n");

        assertThatThrownBy(() -> Kustomization.render(overlay)).hasMessageContaining("does not exist");
    }

    @Test
    void aKustomizeFeatureTheRendererDoesNotKnowIsRefused(@TempDir Path overlay) throws IOException {
        writeOverlay(overlay, "commonLabels:\n  team: huike\n");

        assertThatThrownBy(() -> Kustomization.render(overlay)).hasMessageContaining("commonLabels");
    }

    @Test
    void anOverlayPatchMergesContainersByName(@TempDir Path overlay) throws IOException {
        writeOverlay(overlay, "patches:\n  - path: patch.yaml\n");
        Files.writeString(overlay.resolve("patch.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: case-service
                spec:
                  template:
                    spec:
                      containers:
                        - name: case-service
                          env:
                            - name: HUIKE_OUTBOX_BATCH_SIZE
                              value: "100"
                """);

        JsonNode container = KubernetesManifestsTest.find(Kustomization.render(overlay), "Deployment", "case-service")
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers");

        assertThat(container).hasSize(1);
        assertThat(container.get(0).path("image").asText()).startsWith("huike/case-service");
        assertThat(container.get(0).path("env").toString())
                .contains("QUARKUS_DATASOURCE_JDBC_URL")
                .contains("HUIKE_OUTBOX_BATCH_SIZE");
    }

    @Test
    void aConfigMapGeneratorMakesAConfigMapOfItsFiles(@TempDir Path overlay) throws IOException {
        writeOverlay(overlay, """
                generatorOptions:
                  disableNameSuffixHash: true
                configMapGenerator:
                  - name: huike-realm
                    files:
                      - realm.json
                      - other.json=realm.json
                """);
        Files.writeString(overlay.resolve("realm.json"), "{\"realm\": \"huike\"}\n");

        JsonNode configMap = KubernetesManifestsTest.find(Kustomization.render(overlay), "ConfigMap", "huike-realm");

        assertThat(configMap.path("data").path("realm.json").asText()).isEqualTo("{\"realm\": \"huike\"}\n");
        assertThat(configMap.path("data").path("other.json").asText()).isEqualTo("{\"realm\": \"huike\"}\n");
        assertThat(schemas.violations(configMap)).isEmpty();
    }

    @Test
    void aGeneratedConfigMapWhoseNameWouldGetAHashSuffixIsRefused(@TempDir Path overlay) throws IOException {
        writeOverlay(overlay, "configMapGenerator:\n  - name: huike-realm\n    files:\n      - realm.json\n");
        Files.writeString(overlay.resolve("realm.json"), "{}");

        assertThatThrownBy(() -> Kustomization.render(overlay)).hasMessageContaining("disableNameSuffixHash");
    }

    @Test
    void aFileOutsideTheKustomizationsDirectoryFailsTheRenderingAsInKustomize(@TempDir Path root) throws IOException {
        Path overlay = Files.createDirectory(root.resolve("overlay"));
        Files.writeString(root.resolve("realm.json"), "{}");
        writeOverlay(overlay, """
                generatorOptions:
                  disableNameSuffixHash: true
                configMapGenerator:
                  - name: huike-realm
                    files:
                      - ../realm.json
                """);

        assertThatThrownBy(() -> Kustomization.render(overlay)).hasMessageContaining("outside the kustomization");
    }

    @Test
    void aResourceFileOfAnotherDirectoryFailsTheRenderingAsInKustomize(@TempDir Path overlay) throws IOException {
        Files.writeString(
                overlay.resolve(Kustomization.FILE),
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - "
                        + overlay.relativize(BASE.resolve("config.yaml")) + "\n");

        assertThatThrownBy(() -> Kustomization.render(overlay)).hasMessageContaining("outside the kustomization");
    }

    @Test
    void aServiceCheckingAnotherIssuerThanKeycloaksIsCaught() {
        List<ObjectNode> resources = Kustomization.render(BASE);
        ((ObjectNode) KubernetesManifestsTest.find(resources, "ConfigMap", "huike-config")
                        .path("data"))
                .put("MP_JWT_VERIFY_ISSUER", "huike-dev");

        assertThat(new PlatformWiring(resources).identityProblems())
                .anyMatch(problem -> problem.contains("checks the issuer huike-dev"));
    }

    @Test
    void keycloakWithoutADynamicBackchannelIsCaught() {
        List<ObjectNode> resources = Kustomization.render(BASE);
        ((ObjectNode) KubernetesManifestsTest.find(resources, "ConfigMap", "huike-keycloak-config")
                        .path("data"))
                .remove("KC_HOSTNAME_BACKCHANNEL_DYNAMIC");

        assertThat(new PlatformWiring(resources).identityProblems())
                .anyMatch(problem -> problem.contains("KC_HOSTNAME_BACKCHANNEL_DYNAMIC"));
    }

    @Test
    void aServiceThatDoesNotAdmitTheWorkbenchIsCaught() {
        List<ObjectNode> resources = Kustomization.render(BASE);
        JsonNode from = KubernetesManifestsTest.find(resources, "NetworkPolicy", "roster-service")
                .path("spec")
                .path("ingress")
                .get(0)
                .path("from");
        for (int i = from.size() - 1; i >= 0; i--) {
            if (from.get(i).toString().contains("workbench")) {
                ((ArrayNode) from).remove(i);
            }
        }

        assertThat(new PlatformWiring(resources).reachabilityProblems())
                .containsExactly("the workbench may not reach roster-service");
    }

    @Test
    void aWorkbenchThatMayNotLeaveForKeycloakIsCaught() {
        List<ObjectNode> resources = Kustomization.render(BASE);
        JsonNode egress = KubernetesManifestsTest.find(resources, "NetworkPolicy", "workbench")
                .path("spec")
                .path("egress");
        for (int i = egress.size() - 1; i >= 0; i--) {
            if (egress.get(i).toString().contains("\"keycloak\"")) {
                ((ArrayNode) egress).remove(i);
            }
        }

        assertThat(new PlatformWiring(resources).reachabilityProblems())
                .containsExactly("the workbench may not reach Keycloak");
    }

    private static void writeOverlay(Path overlay, String more) throws IOException {
        Files.writeString(
                overlay.resolve(Kustomization.FILE),
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n" + more + "resources:\n  - "
                        + overlay.relativize(BASE) + "\n");
    }

    /** The document of the given kind in a manifest file, after replacing its first occurrence of a text. */
    private static JsonNode documentOf(Path file, String kind, String text, String replacement) throws IOException {
        String original = Files.readString(file);
        assertThat(original).contains(text);
        List<JsonNode> documents = YamlDocuments.parse(original.replaceFirst(
                java.util.regex.Pattern.quote(text), java.util.regex.Matcher.quoteReplacement(replacement)));
        return documents.stream()
                .filter(document -> document.path("kind").asText().equals(kind))
                .map(ObjectNode.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
