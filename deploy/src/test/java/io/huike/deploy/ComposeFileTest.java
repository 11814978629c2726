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
import org.junit.jupiter.api.Test;

/**
 * The compose file: it matches the Compose Specification, wires each service to its database and Kafka, and Keycloak
 * and the workbench as ./platform does: one issuer for the services, the realm of the repository, the same settings.
 */
class ComposeFileTest {

    static final Path COMPOSE = Path.of("compose/compose.yaml");
    private static final List<String> SERVICES = PublishedTopics.SERVICES;

    @Test
    void composeFileMatchesTheComposeSpecification() {
        List<JsonNode> documents = YamlDocuments.read(COMPOSE);

        assertThat(documents).hasSize(1);
        assertThat(ManifestSchemas.load().composeViolations(documents.get(0))).isEmpty();
    }

    @Test
    void eachServiceIsBuiltFromItsPackageAndUsesItsOwnDatabase() throws IOException {
        JsonNode services = YamlDocuments.read(COMPOSE).get(0).path("services");
        String initScript = Files.readString(Path.of("compose/postgres/init-databases.sql"));
        List<String> databases = new ArrayList<>();
        Matcher created = Pattern.compile("CREATE DATABASE (\\w+);").matcher(initScript);
        while (created.find()) {
            databases.add(created.group(1));
        }
        List<String> used = new ArrayList<>();

        for (String name : SERVICES) {
            JsonNode service = services.path(name);
            assertThat(service.path("build").path("args").path("SERVICE").asText())
                    .isEqualTo(name);
            assertThat(dockerfileOf(service))
                    .isEqualTo(Path.of("docker/Dockerfile.jvm"))
                    .isRegularFile();
            String jdbcUrl = service.path("environment")
                    .path("QUARKUS_DATASOURCE_JDBC_URL")
                    .asText();
            assertThat(jdbcUrl).startsWith("jdbc:postgresql://postgres:5432/");
            assertThat(databases).contains(jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1));
            assertThat(service.path("environment")
                            .path("KAFKA_BOOTSTRAP_SERVERS")
                            .asText())
                    .isEqualTo("kafka:9092");
            assertThat(service.path("depends_on")
                            .path("postgres")
                            .path("condition")
                            .asText())
                    .isEqualTo("service_healthy");
            assertThat(service.path("depends_on")
                            .path("kafka-topics")
                            .path("condition")
                            .asText())
                    .isEqualTo("service_completed_successfully");
            assertThat(service.path("healthcheck").path("test").toString()).contains("/q/health/ready");
            used.add(jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1));
        }
        String keycloakDatabase =
                services.path("keycloak").path("environment").path("KC_DB_URL").asText();
        assertThat(keycloakDatabase).startsWith("jdbc:postgresql://postgres:5432/");
        used.add(keycloakDatabase.substring(keycloakDatabase.lastIndexOf('/') + 1));
        assertThat(databases).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void theTopicsTheServicesPublishToAreCreatedBeforeTheyStart() {
        JsonNode services = YamlDocuments.read(COMPOSE).get(0).path("services");
        String createTopics = services.path("kafka-topics").path("command").toString();

        assertThat(PublishedTopics.all()).isNotEmpty().allMatch(topic -> createTopics.contains(topic));
        assertThat(services.path("kafka")
                        .path("environment")
                        .path("KAFKA_AUTO_CREATE_TOPICS_ENABLE")
                        .asText())
                .isEqualTo("false");
    }

    @Test
    void theServicesTrustTheIssuerKeycloakPutsInItsTokensWithItsKeys() {
        JsonNode services = YamlDocuments.read(COMPOSE).get(0).path("services");
        JsonNode keycloak = services.path("keycloak").path("environment");
        String realm = "/realms/" + PlatformScript.realmName();
        String hostname = keycloak.path("KC_HOSTNAME").asText();

        // Browsers reach Keycloak at the published port; the tokens name that address whoever asked for them.
        assertThat(hostname).isEqualTo("http://localhost:" + hostPort(services.path("keycloak"), 8080));
        assertThat(keycloak.path("KC_HOSTNAME_BACKCHANNEL_DYNAMIC").asText()).isEqualTo("true");
        for (String name : SERVICES) {
            JsonNode environment = services.path(name).path("environment");
            assertThat(environment.path("MP_JWT_VERIFY_ISSUER").asText())
                    .as(name)
                    .isEqualTo(hostname + realm);
            assertThat(environment.path("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText())
                    .as(name)
                    .isEqualTo("http://keycloak:8080" + realm + "/protocol/openid-connect/certs");
        }
    }

    @Test
    void keycloakIsBuiltForPostgresAndImportsTheRepositorysRealmWithEverythingItReads() {
        JsonNode keycloak = YamlDocuments.read(COMPOSE).get(0).path("services").path("keycloak");
        JsonNode realm = keycloak.path("volumes").get(0);

        assertThat(dockerfileOf(keycloak))
                .isEqualTo(Path.of("docker/Dockerfile.keycloak"))
                .isRegularFile();
        assertThat(COMPOSE.getParent().resolve(realm.path("source").asText()).normalize())
                .isEqualTo(PlatformScript.REALM);
        assertThat(realm.path("target").asText()).startsWith("/opt/keycloak/data/import/");
        assertThat(realm.path("read_only").asBoolean()).isTrue();
        assertThat(PlatformScript.realmPlaceholders())
                .isNotEmpty()
                .allSatisfy(name -> assertThat(keycloak.path("environment").has(name))
                        .as(name)
                        .isTrue());
        assertThat(keycloak.path("depends_on")
                        .path("postgres")
                        .path("condition")
                        .asText())
                .isEqualTo("service_healthy");
        assertThat(keycloak.path("healthcheck").path("test").toString()).contains(":9000/health/ready");
    }

    @Test
    void theWorkbenchSignsInAtKeycloakAndCallsEachService() {
        JsonNode services = YamlDocuments.read(COMPOSE).get(0).path("services");
        JsonNode workbench = services.path("workbench");
        JsonNode environment = workbench.path("environment");
        JsonNode keycloak = services.path("keycloak").path("environment");

        assertThat(workbench.path("build").path("args").path("SERVICE").asText())
                .isEqualTo("workbench");
        assertThat(dockerfileOf(workbench))
                .isEqualTo(Path.of("docker/Dockerfile.jvm"))
                .isRegularFile();
        assertThat(Path.of("../workbench/pom.xml")).isRegularFile();
        // The same settings as ./platform gives it.
        assertThat(PlatformScript.workbenchSettings())
                .contains("QUARKUS_OIDC_AUTH_SERVER_URL", "HUIKE_SERVICES_CASE_URL")
                .allSatisfy(name -> assertThat(environment.has(name)).as(name).isTrue());
        assertThat(environment.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText())
                .isEqualTo("http://keycloak:8080/realms/" + PlatformScript.realmName());
        assertThat(environment.path("QUARKUS_OIDC_CREDENTIALS_SECRET").asText())
                .isEqualTo(keycloak.path("HUIKE_WORKBENCH_SECRET").asText());
        String publicUrl = environment.path("HUIKE_WORKBENCH_PUBLIC_URL").asText();
        assertThat(publicUrl)
                .isEqualTo(keycloak.path("HUIKE_WORKBENCH_URL").asText())
                .isEqualTo("http://localhost:" + hostPort(workbench, 8085));
        assertThat(workbench
                        .path("depends_on")
                        .path("keycloak")
                        .path("condition")
                        .asText())
                .isEqualTo("service_healthy");
        for (String name : SERVICES) {
            String variable = "HUIKE_SERVICES_" + name.replace("-service", "").toUpperCase() + "_URL";
            int port = containerPort(services.path(name));
            assertThat(environment.path(variable).asText()).isEqualTo("http://" + name + ":" + port);
            assertThat(services.path(name).path("healthcheck").path("test").toString())
                    .contains("localhost:" + port + "/");
            assertThat(workbench.path("depends_on").has(name)).as(name).isTrue();
        }
    }

    @Test
    void everySecretIsAComposeVariableWithADevelopmentDefault() {
        JsonNode services = YamlDocuments.read(COMPOSE).get(0).path("services");
        List<String> secrets = new ArrayList<>();
        services.properties()
                .forEach(service -> service.getValue()
                        .path("environment")
                        .properties()
                        .forEach(variable -> {
                            if (variable.getKey().matches(".*(SECRET|PASSWORD).*")) {
                                secrets.add(service.getKey() + " " + variable.getKey());
                                assertThat(variable.getValue().asText())
                                        .as(service.getKey() + " " + variable.getKey())
                                        .matches("\\$\\{[A-Z_]+:-[^}]+}");
                            }
                        }));
        assertThat(secrets)
                .contains(
                        "keycloak KC_BOOTSTRAP_ADMIN_PASSWORD",
                        "keycloak HUIKE_WORKBENCH_SECRET",
                        "keycloak HUIKE_HOTLINE_SECRET",
                        "workbench QUARKUS_OIDC_CREDENTIALS_SECRET",
                        "workbench QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
                        "workbench QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET");
        for (String key : List.of(
                "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET", "QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET")) {
            String value =
                    services.path("workbench").path("environment").path(key).asText();
            assertThat(value.substring(value.indexOf(":-") + 2, value.length() - 1))
                    .as(key + " default, at least 32 characters")
                    .hasSizeGreaterThanOrEqualTo(32);
        }
    }

    @Test
    void noContainerTrustsTheDevelopmentKeys() throws IOException {
        assertThat(Files.readString(COMPOSE)).doesNotContain("dev-keys");
        YamlDocuments.read(COMPOSE).get(0).path("services").properties().forEach(service -> {
            for (JsonNode volume : service.getValue().path("volumes")) {
                assertThat(volume.toString()).as(service.getKey()).doesNotContain("dev-keys");
            }
            assertThat(service.getValue()
                            .path("environment")
                            .path("MP_JWT_VERIFY_ISSUER")
                            .asText())
                    .as(service.getKey())
                    .isNotEqualTo("huike-dev");
        });
    }

    /** The Dockerfile a service is built with, relative to the deploy module. */
    static Path dockerfileOf(JsonNode service) {
        Path module = Path.of("").toAbsolutePath();
        return module.relativize(module.resolve(COMPOSE.getParent())
                .resolve(service.path("build").path("context").asText())
                .resolve(service.path("build").path("dockerfile").asText())
                .normalize());
    }

    /** The host port a service publishes for its container port ("host:container"). */
    private static int hostPort(JsonNode service, int containerPort) {
        for (JsonNode port : service.path("ports")) {
            String[] parts = port.asText().split(":");
            if (Integer.parseInt(parts[parts.length - 1]) == containerPort) {
                return Integer.parseInt(parts[parts.length - 2]);
            }
        }
        throw new AssertionError("port " + containerPort + " is not published");
    }

    /** The container port a service publishes (its first). */
    private static int containerPort(JsonNode service) {
        String[] parts = service.path("ports").get(0).asText().split(":");
        return Integer.parseInt(parts[parts.length - 1]);
    }
}
