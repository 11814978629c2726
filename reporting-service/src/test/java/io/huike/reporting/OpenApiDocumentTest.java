package io.huike.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.huike.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every endpoint, and the figures with their definitions. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyEndpointHasASummaryAndTheFiguresTheirDefinitions() {
        String json = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        OpenApiDocument document = OpenApiDocument.parse(json);

        assertThat(document.operations()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(document.undescribed()).isEmpty();
        assertThat(json)
                .contains("responseRate = firstContactsOnTime / firstContactsDue")
                .contains("resolutionRate = resolved")
                .contains("satisfactionRate = satisfied")
                .contains("volunteersRegistered (volunteers signed up by the last day of the period")
                .contains("volunteersActive (volunteers who served")
                .contains("volunteerHours (everyone's hours")
                .contains("responseRate (the hotline's 响应率) = signedForOnTime / signedFor")
                .contains("other than DUPLICATE and RETURNED_TO_HOTLINE");
    }

    @Test
    void everyOperationHasAStableUniqueNameAndADescribedGroupForGeneratedClients() {
        assertThat(OpenApiDocument.served().unfitForGeneratedClients()).isEmpty();
    }
}
