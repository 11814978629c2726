package io.huike.workbench;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.huike.workbench.ServicesStandIn.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A district supervisor of two communities, who has no member id. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStandIn.class)
@SignedInAsDistrictSupervisorZhao
class SupervisorPagesTest {

    @BeforeEach
    void standIns() {
        ServicesStandIn.reset();
        json(
                get(urlEqualTo("/communities")),
                "[{\"id\":\"gulou\",\"name\":\"鼓楼社区\"},{\"id\":\"xincheng\",\"name\":\"新城社区\"}]");
    }

    @Test
    void theSupervisorSeesTheDistrictPageAndASwitcherOfTheirCommunities() {
        String page = Pages.open("/district", 200);

        assertThat(page).contains("id=\"district-dashboard\"", "当前用户：zhao");
        assertThat(page).contains("id=\"community-choice\"", "<option value=\"gulou\" selected>鼓楼社区</option>");
        assertThat(page).contains("<option value=\"xincheng\">新城社区</option>", "name=\"csrf-token\"");
        assertThat(page).contains("href=\"/cases\"").doesNotContain("href=\"/desk\"", "href=\"/cases/mine\"");
    }

    @Test
    void theDashboardOpensOnThisMonthWithItsScriptsAndNoTokenInThePage() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        String page = Pages.open("/district", 200);

        assertThat(page)
                .contains(
                        "<html lang=\"zh-CN\">",
                        "<title>会客室数据看板",
                        "<script src=\"/static/vendor/echarts-5.6.0/echarts.min.js\" defer></script>",
                        "<script src=\"/static/district/district.js\" defer></script>",
                        "id=\"district-from\" name=\"from\" value=\"" + today.withDayOfMonth(1) + "\"",
                        "id=\"district-to\" name=\"to\" value=\"" + today + "\"",
                        "id=\"district-live\" class=\"live\" data-live=\"off\"",
                        "id=\"district-cards\"",
                        "id=\"district-expired\" class=\"notice error\" role=\"alert\" tabindex=\"-1\" hidden>",
                        "<strong id=\"district-expired-message\">登录已过期，请重新登录</strong>",
                        "id=\"district-sign-in-again\" href=\"/session/login?returnTo=%2Fdistrict%3Ffrom%3D")
                .doesNotContain("type=\"password\"", "Bearer", "#token");
    }

    @Test
    void theAddressChoosesTheCommunityAndPeriodAndSigningInAgainComesBackToThem() {
        String page = Pages.open("/district?community=xincheng&from=2026-05-01&to=2026-05-31", 200);

        assertThat(page)
                .contains(
                        "id=\"district-community\" name=\"community\" data-chosen=\"xincheng\"",
                        "value=\"2026-05-01\"",
                        "value=\"2026-05-31\"",
                        "href=\"/session/login?returnTo=%2Fdistrict%3Fcommunity%3Dxincheng%26from%3D2026-05-01%26to%3D2026-05-31\"");
    }

    @Test
    void theDashboardSpeaksTheLanguageChosenWithTheSwitch() {
        String page = Pages.open(given().cookie("huike-lang", "en"), "/district", 200);

        assertThat(page)
                .contains("<html lang=\"en\">", "Your sign-in has expired; please sign in again.", ">Sign in again</a>")
                .doesNotContain("登录已过期");
    }

    @Test
    void theChartsComeFromTheWorkbenchWithTheirLicence() {
        given().when()
                .get("/static/vendor/echarts-5.6.0/echarts.min.js")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("5.6.0"));
        given().when()
                .get("/static/vendor/echarts-5.6.0/LICENSE")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Apache License"));
        given().when()
                .get("/static/vendor/echarts-5.6.0/NOTICE")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Apache ECharts"));
        given().when()
                .get("/static/district/district.js")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/district/data"));
    }

    @Test
    void theDeskRefusesTheSupervisorPolitelyEvenWithTheSwitcherInTheHeader() {
        String page = Pages.open("/desk", 403);

        assertThat(page).contains("没有权限", "鼓楼社区").doesNotContain("Exception");
    }

    @Test
    void aCommunityChosenWithTheSwitcherIsRememberedOnlyIfTheTokenNamesIt() {
        String token = Pages.csrfToken();

        var chosen = Pages.send(
                Pages.form(token).formParam("community", "xincheng").formParam("returnTo", "/cases"),
                "/session/community",
                303);
        var refused = Pages.send(
                Pages.form(token).formParam("community", "elsewhere").formParam("returnTo", "//evil.example/"),
                "/session/community",
                303);

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
        String page = Pages.open("/no-such-page", 404);

        assertThat(page).contains("<html lang=\"zh-CN\">", "未找到", "href=\"/\"");
    }
}
