package io.huike.workbench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A district supervisor of two communities, who has no member id. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStandIn.class)
@TestSecurity(user = "zhao", roles = "district-supervisor")
@OidcSecurity(
        claims = {
            @Claim(key = "preferred_username", value = "zhao"),
            @Claim(key = "communities", value = "[\"gulou\",\"xincheng\"]", type = ClaimType.JSON_ARRAY)
        })
class SupervisorPagesTest {

    @BeforeEach
    void standIns() {
        ServicesStandIn.server().resetAll();
        ServicesStandIn.server()
                .stubFor(
                        get(urlEqualTo("/communities"))
                                .willReturn(
                                        aResponse()
                                                .withStatus(200)
                                                .withHeader("Content-Type", "application/json")
                                                .withBody(
                                                        "[{\"id\":\"gulou\",\"name\":\"鼓楼社区\"},{\"id\":\"xincheng\",\"name\":\"新城社区\"}]")));
    }

    @Test
    void theSupervisorSeesTheDistrictPageAndASwitcherOfTheirCommunities() {
        String page =
                given().when().get("/district").then().statusCode(200).extract().asString();

        assertThat(page).contains("id=\"district-placeholder\"", "当前用户：zhao");
        assertThat(page).contains("id=\"community-choice\"", "<option value=\"gulou\" selected>鼓楼社区</option>");
        assertThat(page).contains("<option value=\"xincheng\">新城社区</option>", "name=\"csrf-token\"");
        assertThat(page).contains("href=\"/cases\"").doesNotContain("href=\"/desk\"", "href=\"/cases/mine\"");
    }

    @Test
    void theDeskRefusesTheSupervisorPolitelyEvenWithTheSwitcherInTheHeader() {
        String page =
                given().when().get("/desk").then().statusCode(403).extract().asString();

        assertThat(page).contains("没有权限", "鼓楼社区").doesNotContain("Exception");
    }

    @Test
    void aCommunityChosenWithTheSwitcherIsRememberedOnlyIfTheTokenNamesIt() {
        String token = Pages.csrfToken();

        var chosen = Pages.form(token)
                .formParam("community", "xincheng")
                .formParam("returnTo", "/cases")
                .when()
                .post("/session/community")
                .then()
                .statusCode(303)
                .extract();
        var refused = Pages.form(token)
                .formParam("community", "elsewhere")
                .formParam("returnTo", "//evil.example/")
                .when()
                .post("/session/community")
                .then()
                .statusCode(303)
                .extract();

        assertThat(chosen.header("Location")).endsWith("/cases");
        assertThat(chosen.cookie("huike-community")).isEqualTo("xincheng");
        assertThat(refused.cookie("huike-community")).isNull();
        assertThat(refused.header("Location")).doesNotContain("evil");
        String switched = given().cookie("huike-community", "xincheng")
                .when()
                .get("/district")
                .then()
                .extract()
                .asString();
        assertThat(switched).contains("<option value=\"xincheng\" selected>");
    }

    @Test
    void anUnknownPageIsAFriendlyNotFound() {
        String page = given().when()
                .get("/no-such-page")
                .then()
                .statusCode(404)
                .extract()
                .asString();

        assertThat(page).contains("<html lang=\"zh-CN\">", "未找到", "href=\"/\"");
    }
}
