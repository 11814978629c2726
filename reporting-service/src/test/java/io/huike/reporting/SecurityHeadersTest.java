package io.huike.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** What browsers are told about the pages and answers: no foreign or inline scripts, no framing, no caching of data. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void anApiAnswerIsNotStored() {
        guarded(given().auth()
                        .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, "gulou"))
                        .get("/communities/gulou/case-counts")
                        .then()
                        .statusCode(200))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void theDigestPageIsNotStored() {
        guarded(given().auth()
                        .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, "gulou"))
                        .get("/digests/gulou/2026-05/page")
                        .then()
                        .statusCode(200)
                        .contentType(containsString("text/html")))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void aRefusalCarriesTheHeadersToo() {
        guarded(given().get("/communities/gulou/case-counts").then().statusCode(401))
                .header("Cache-Control", equalTo("no-store"));
    }

    private static ValidatableResponse guarded(ValidatableResponse response) {
        return response.header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }
}
