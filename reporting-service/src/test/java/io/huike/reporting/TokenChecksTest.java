package io.huike.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks every service makes of a bearer token beyond its signature, shown on one endpoint. */
@QuarkusTest
class TokenChecksTest {

    private static final String PATH = "/communities/gulou/case-counts";

    @Test
    void aValidTokenIsServed() {
        given().auth().oauth2(TestTokens.sign(claims())).get(PATH).then().statusCode(200);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(TestTokens.sign(claims().audience("another-application")));
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        refused(TestTokens.sign(claims().remove("aud")));
    }

    @Test
    void aTokenLivingLongerThanAWorkingDayIsRefused() {
        Instant now = Instant.now();
        refused(TestTokens.sign(claims().issuedAt(now).expiresAt(now.plus(Duration.ofDays(36500)))));
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        Instant later = Instant.now().plus(Duration.ofMinutes(10));
        refused(TestTokens.sign(claims().issuedAt(later).expiresAt(later.plus(Duration.ofHours(1)))));
    }

    private static JwtClaimsBuilder claims() {
        return TestTokens.claims(Set.of(Roles.COMMUNITY_ADMIN), List.of("gulou"));
    }

    private static void refused(String token) {
        given().auth()
                .oauth2(token)
                .get(PATH)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:huike:problem:unauthenticated"));
    }
}
