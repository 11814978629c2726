package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.huike.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyEndpointHasASummaryAndEveryRequestBodyAnExample() {
        OpenApiDocument document = OpenApiDocument.parse(given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(document.operations()).hasSizeGreaterThan(20);
        assertThat(document.operationsWithBody()).hasSizeGreaterThan(15);
        assertThat(document.undescribed()).isEmpty();
    }
}
