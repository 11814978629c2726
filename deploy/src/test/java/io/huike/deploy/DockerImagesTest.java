package io.huike.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Dockerfiles: Keycloak's is built as ./platform builds it, and no image names the registry it comes from. */
class DockerImagesTest {

    static final Path KEYCLOAK = Path.of("docker/Dockerfile.keycloak");

    @Test
    void keycloakIsBuiltFromTheDistributionThePlatformScriptFetchesWithItsBuildOptions() throws IOException {
        String dockerfile = Files.readString(KEYCLOAK);
        String version = PlatformScript.variable("KEYCLOAK_VERSION");

        assertThat(argument(dockerfile, "KEYCLOAK_VERSION")).isEqualTo(version);
        Matcher copy = Pattern.compile("(?m)^COPY (\\S+) /opt/keycloak/$").matcher(dockerfile);
        assertThat(copy.find())
                .as("COPY of the distribution into /opt/keycloak/")
                .isTrue();
        assertThat(copy.group(1).replace("${KEYCLOAK_VERSION}", version).replaceAll("/$", ""))
                .isEqualTo(PlatformScript.keycloakHome());
        Matcher build = Pattern.compile("kc\\.sh build ([^\\n&]*)").matcher(dockerfile);
        assertThat(build.find()).as("kc.sh build").isTrue();
        assertThat(PlatformScript.options(build.group(1)))
                .contains("--db=postgres")
                .isEqualTo(PlatformScript.keycloakBuildOptions());
        assertThat(dockerfile)
                .containsPattern("(?m)^CMD \\[\"start\", \"--optimized\", \"--import-realm\"]$")
                .contains("mkdir -p /opt/keycloak/data/import");
    }

    @Test
    void keycloaksBuildContextHoldsTheDistributionButNotWhatALocalRunLeftInIt() throws IOException {
        List<String> ignore = Files.readAllLines(Path.of(KEYCLOAK + ".dockerignore")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        String distribution = PlatformScript.keycloakHome()
                .replace("keycloak-" + PlatformScript.variable("KEYCLOAK_VERSION"), "keycloak-*");

        assertThat(ignore).first().isEqualTo("*");
        assertThat(ignore).contains("!" + distribution + "/", distribution + "/data/");
    }

    @Test
    void noImageNamesARegistryHost() throws IOException {
        List<String> images = new ArrayList<>();
        try (Stream<Path> dockerfiles = Files.list(Path.of("docker"))) {
            for (Path dockerfile : dockerfiles
                    .filter(f -> !f.toString().endsWith(".dockerignore"))
                    .toList()) {
                Matcher from = Pattern.compile("(?m)^FROM (\\S+)").matcher(Files.readString(dockerfile));
                while (from.find()) {
                    images.add(from.group(1));
                }
            }
        }
        YamlDocuments.read(ComposeFileTest.COMPOSE).get(0).path("services").forEach(service -> {
            if (service.has("image")) {
                images.add(service.path("image").asText());
            }
        });
        for (JsonNode deployment : KubernetesManifestsTest.ofKind(
                Kustomization.render(KubernetesManifestsTest.KUBERNETES.resolve("base")), "Deployment")) {
            deployment
                    .path("spec")
                    .path("template")
                    .path("spec")
                    .path("containers")
                    .forEach(container -> images.add(container.path("image").asText()));
        }

        assertThat(images).contains("eclipse-temurin:21-jre", "postgres:17", "huike/keycloak:26.5.6");
        assertThat(images)
                .allSatisfy(image -> assertThat(registryHost(image)).as(image).isNull());
    }

    @Test
    void aRegistryHostInAnImageNameIsRecognised() {
        assertThat(registryHost("quay.io/keycloak/keycloak:26.5.6")).isEqualTo("quay.io");
        assertThat(registryHost("localhost:5000/huike/keycloak")).isEqualTo("localhost:5000");
        assertThat(registryHost("apache/kafka:4.1.2")).isNull();
        assertThat(registryHost("postgres:17")).isNull();
    }

    /** The registry host an image reference starts with (as Docker reads it), or null for Docker Hub's short names. */
    static String registryHost(String image) {
        int slash = image.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String first = image.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : null;
    }

    private static String argument(String dockerfile, String name) {
        Matcher argument = Pattern.compile("(?m)^ARG " + name + "=(\\S+)$").matcher(dockerfile);
        if (!argument.find()) {
            throw new AssertionError("no ARG " + name + " with a default");
        }
        return argument.group(1);
    }
}
