package io.huike.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @Test
    void everyOperationHasAWrittenSummaryAndASuccessResponse() throws Exception {
        JsonNode paths = document().path("paths");

        List<String> undocumented = new ArrayList<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    // A one-word summary is the one generated from the method name: nobody wrote it.
                    boolean written = operation
                            .getValue()
                            .path("summary")
                            .asText()
                            .strip()
                            .contains(" ");
                    List<String> codes = new ArrayList<>();
                    operation.getValue().path("responses").fieldNames().forEachRemaining(codes::add);
                    boolean succeeds = codes.stream().anyMatch(code -> code.startsWith("2"));
                    if (METHODS.contains(operation.getKey()) && !(written && succeeds)) {
                        undocumented.add(operation.getKey().toUpperCase() + " " + path.getKey());
                    }
                }));

        assertThat(paths.size()).isGreaterThan(15);
        assertThat(undocumented).isEmpty();
    }

    @Test
    void everyRequestBodyHasAnExample() {
        OpenApiDocument document = OpenApiDocument.parse(given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(document.operationsWithBody()).hasSizeGreaterThan(10);
        assertThat(document.undescribed()).isEmpty();
    }

    @Test
    void theWorkingDayAndRosterAnswersCarryExamples() throws Exception {
        JsonNode paths = document().path("paths");

        assertThat(paths.path("/communities/{community}/calendar/days/{date}/working-day-after")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .toString())
                .contains("2026-10-13");
        assertThat(paths.path("/communities/{community}/rooms/{room}/rosters/{month}")
                        .path("post")
                        .path("responses")
                        .path("201")
                        .toString())
                .contains("NO_MEMBER_AVAILABLE");
    }

    private static JsonNode document() throws Exception {
        return new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void everyOperationHasAStableUniqueNameAndADescribedGroupForGeneratedClients() {
        assertThat(OpenApiDocument.served().unfitForGeneratedClients()).isEmpty();
    }
}
