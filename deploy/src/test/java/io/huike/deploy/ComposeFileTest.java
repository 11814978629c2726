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

/** The compose file: it matches the Compose Specification and wires each service to its database and Kafka. */
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

        for (String name : SERVICES) {
            JsonNode service = services.path(name);
            assertThat(service.path("build").path("args").path("SERVICE").asText())
                    .isEqualTo(name);
            Path dockerfile = COMPOSE.getParent()
                    .resolve(service.path("build").path("context").asText())
                    .resolve(service.path("build").path("dockerfile").asText());
            assertThat(dockerfile).isRegularFile();
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
        }
        assertThat(databases).hasSize(SERVICES.size());
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
    void theMountedKeysAreTheDevelopmentPublicKey() {
        JsonNode service = YamlDocuments.read(COMPOSE).get(0).path("services").path("case-service");
        JsonNode mount = service.path("volumes").get(0);

        assertThat(COMPOSE.getParent().resolve(mount.path("source").asText()).normalize())
                .isEqualTo(Path.of("dev-keys/public.pem"));
        assertThat(service.path("environment")
                        .path("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                        .asText())
                .isEqualTo(mount.path("target").asText());
    }
}
