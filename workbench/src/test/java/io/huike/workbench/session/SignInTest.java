package io.huike.workbench.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.huike.workbench.ServicesStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStandIn.class)
class SignInTest {

    @ParameterizedTest
    @ValueSource(strings = {"/desk", "/cases", "/cases/mine", "/district", "/session/login?returnTo=/desk"})
    void aStaffPageOpenedSignedOutSendsTheBrowserToTheIdentityProviderWithPkce(String page) {
        String location = given().redirects()
                .follow(false)
                .when()
                .get(page)
                .then()
                .statusCode(302)
                .extract()
                .header("Location");

        assertThat(location).contains("/realms/quarkus", "response_type=code", "client_id=quarkus-web-app");
        assertThat(location).contains("code_challenge=", "code_challenge_method=S256");
    }

    @Test
    void theDistrictDashboardsDataSignedOutIsRefusedRatherThanSentToTheSignInPage() {
        given().redirects()
                .follow(false)
                .when()
                .get("/district/data/figures")
                .then()
                .statusCode(499)
                .header("Location", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void signedOutTheHomePageOffersSignInAndTheStatusPageOnly() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .body(
                        containsString("id=\"login\""),
                        containsString("href=\"/status\""),
                        not(containsString("href=\"/desk\"")),
                        not(containsString("id=\"logout\"")));
    }
}
