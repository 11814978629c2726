package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    private static final String CASE = "/communities/{community}/cases/{id}";

    @Test
    void everyEndpointHasASummaryAndEveryRequestBodyAnExample() {
        OpenApiDocument document = OpenApiDocument.parse(openApi());

        assertThat(document.operations()).hasSizeGreaterThan(20);
        assertThat(document.operationsWithBody()).hasSizeGreaterThan(15);
        assertThat(document.undescribed()).isEmpty();
    }

    @Test
    void everyOperationListsTheStatusesItAnswersBeyondTheGenericOnes() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(openApi()).path("paths");
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (String action : List.of(
                "assignment",
                "start",
                "referrals/{referralId}/answer",
                "escalation",
                "escalation/answer",
                "resolution",
                "feedback",
                "closing",
                "reopening")) {
            // A lifecycle action: a status that does not allow it, a stale version, no version at all.
            expected.put("post " + CASE + "/" + action, Set.of("200", "409", "412", "428"));
        }
        for (String action : List.of("duplicate-of", "extension-request", "extension-request/approval")) {
            // Not a transition, so no 409; the case's rules refuse with 422.
            expected.put("post " + CASE + "/" + action, Set.of("200", "412", "422", "428"));
        }
        expected.put("post " + CASE + "/assignment", Set.of("200", "409", "412", "422", "428"));
        // A referral is a record of its own: 201 naming it in Location.
        expected.put("post " + CASE + "/referrals", Set.of("201", "409", "412", "428"));
        expected.put("get " + CASE + "/referrals/{referralId}", Set.of("200", "404"));
        expected.put("post " + CASE + "/referrals/{referralId}/answer", Set.of("200", "409", "412", "422", "428"));
        expected.put("post " + CASE + "/resolution", Set.of("200", "409", "412", "422", "428"));
        expected.put("post " + CASE + "/feedback", Set.of("200", "409", "412", "422", "428"));
        expected.put("post " + CASE + "/closing", Set.of("200", "403", "409", "412", "428"));
        expected.put("post " + CASE + "/notes", Set.of("200"));
        expected.put("get " + CASE, Set.of("200"));
        expected.put("post /communities/{community}/cases", Set.of("201", "400", "422"));
        expected.put("post /communities/{community}/hotline-cases", Set.of("201", "400", "409", "422"));
        expected.put("post /communities/{community}/reception-visits", Set.of("201", "422"));
        expected.put("put /communities/{community}/deadline-rules/{category}/{urgency}", Set.of("200", "400"));
        expected.put("put /communities/{community}/case-settings", Set.of("200", "400", "404"));
        String webhook = "/communities/{community}/webhook-subscriptions/{id}";
        expected.put("post /communities/{community}/webhook-subscriptions", Set.of("201", "400", "404"));
        for (String action : List.of("disable", "enable", "secret-rotation")) {
            expected.put("post " + webhook + "/" + action, Set.of("200", "404", "412", "428"));
        }
        expected.put("delete " + webhook, Set.of("204", "404", "412", "428"));
        expected.put("get " + webhook + "/deliveries", Set.of("200", "404"));
        expected.put("post " + webhook + "/deliveries/{deliveryId}/redelivery", Set.of("202", "404"));
        // Residents' own lookup: no token, so neither 401 nor 403; limited, so 429.
        expected.put("post /case-status-lookups", Set.of("200", "400", "404", "429"));

        expected.forEach((operation, statuses) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            JsonNode responses = paths.path(path).path(method).path("responses");
            assertThat(responses.isMissingNode())
                    .as(operation + " is in the document")
                    .isFalse();
            Set<String> listed = new TreeSet<>();
            responses.fieldNames().forEachRemaining(listed::add);
            assertThat(listed).as(operation).containsAll(statuses);
            responses.forEach(
                    response -> assertThat(response.path("description").asText())
                            .as(operation)
                            .isNotBlank());
        });
    }

    @Test
    void theResidentsLookupNeedsNoToken() throws Exception {
        JsonNode lookup = new ObjectMapper()
                .readTree(openApi())
                .path("paths")
                .path("/case-status-lookups")
                .path("post");

        assertThat(lookup.path("security").size()).isZero();
        assertThat(lookup.path("responses").has("401")).isFalse();
        assertThat(lookup.path("responses").path("429").path("headers").has("Retry-After"))
                .isTrue();
    }

    @Test
    void everyOpen311OperationDocumentsGeoReportsOwnRefusalsAndTheEdgesProblemDetails() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(openApi()).path("paths");
        List<String> checked = new java.util.ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> {
            if (!path.startsWith("/open311/") || path.contains("discovery")) {
                return;
            }
            paths.path(path).properties().stream()
                    .filter(method -> Set.of("get", "post").contains(method.getKey()))
                    .forEach(method -> {
                        JsonNode responses = method.getValue().path("responses");
                        List<String> geoReport = new java.util.ArrayList<>(List.of("400", "403"));
                        if (path.replace("{format}", "").contains("{")) {
                            geoReport.add("404");
                        }
                        for (String status : geoReport) {
                            assertThat(responses
                                            .path(status)
                                            .path("content")
                                            .path("application/json")
                                            .path("schema")
                                            .path("items")
                                            .path("$ref")
                                            .asText())
                                    .as(method.getKey() + " " + path + " " + status)
                                    .isEqualTo("#/components/schemas/GeoReportError");
                            assertThat(responses.path(status).path("content").has("application/xml"))
                                    .isTrue();
                        }
                        assertThat(responses.path("500").path("content").has("application/problem+json"))
                                .as(method.getKey() + " " + path + " 500")
                                .isTrue();
                        checked.add(method.getKey() + " " + path);
                    });
        });
        assertThat(checked).contains("post /open311/v2/requests.{format}", "get /open311/v2/tokens/{token}.{format}");
    }

    private static String openApi() {
        return given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void everyOperationHasAStableUniqueNameAndADescribedGroupForGeneratedClients() {
        assertThat(OpenApiDocument.served().unfitForGeneratedClients()).isEmpty();
    }
}
