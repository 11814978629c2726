package io.huike.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation's own refusals. Equal counts after a rebuild are checked where the case service runs too
 * (the system tests); here no case service answers.
 */
@QuarkusTest
class ReconciliationTest {

    @Test
    void aCommunityOutsideTheScopeIsForbiddenBeforeTheCaseServiceIsAsked() {
        given().auth()
                .oauth2(TestTokens.token(Roles.DISTRICT_SUPERVISOR, "gulou"))
                .get("/reconciliations/elsewhere")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anUnreachableCaseServiceIsABadGatewayNotAFalseAnswer() {
        given().auth()
                .oauth2(TestTokens.token(Roles.DISTRICT_SUPERVISOR, "gulou"))
                .get("/reconciliations/gulou")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:huike:problem:case-service-unavailable"))
                .body("detail", containsString("Cannot reconcile"));
    }

    @Test
    void onlyADistrictSupervisorMayRebuild() {
        given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, "gulou"))
                .post("/rebuilds")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
