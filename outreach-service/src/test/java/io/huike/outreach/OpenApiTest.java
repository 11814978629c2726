package io.huike.outreach;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every endpoint with examples. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyEndpointIsDescribedWithExamplesOfWhatGoesInAndComesOut() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        List<String> undescribed = new ArrayList<>();
        List<String> withoutExample = new ArrayList<>();

        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String name = op.getKey().toUpperCase() + " " + path.getKey();
                    JsonNode operation = op.getValue();
                    if (operation.path("summary").asText().isBlank()) {
                        undescribed.add(name);
                    }
                    JsonNode body =
                            operation.path("requestBody").path("content").path("application/json");
                    if (!body.isMissingNode() && !hasExample(document, body)) {
                        withoutExample.add(name + " request");
                    }
                    // The platform's shared audit-log endpoint is documented with the plumbing that serves it.
                    if (!path.getKey().endsWith("/personal-data-reads")) {
                        operation.path("responses").fields().forEachRemaining(response -> {
                            JsonNode content =
                                    response.getValue().path("content").path("application/json");
                            if (response.getKey().startsWith("2")
                                    && !content.isMissingNode()
                                    && !hasExample(document, content)) {
                                withoutExample.add(name + " " + response.getKey());
                            }
                        });
                    }
                }));

        assertThat(document.path("paths").size()).isGreaterThan(20);
        assertThat(undescribed).isEmpty();
        assertThat(withoutExample).isEmpty();
    }

    private static boolean hasExample(JsonNode document, JsonNode content) {
        if (content.path("examples").size() > 0) {
            return true;
        }
        JsonNode schema = content.path("schema");
        if (schema.path("type").asText().equals("array")) {
            schema = schema.path("items");
        }
        String ref = schema.path("$ref").asText();
        JsonNode resolved = ref.startsWith("#/components/schemas/")
                ? document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
        return resolved.has("example") || resolved.path("examples").size() > 0;
    }

    @Test
    void everyOperationHasAStableUniqueNameAndADescribedGroupForGeneratedClients() {
        assertThat(OpenApiDocument.served().unfitForGeneratedClients()).isEmpty();
    }
}
