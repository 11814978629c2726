package io.huike.workbench.status;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.huike.workbench.Pages;
import io.huike.workbench.ServicesStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStandIn.class)
class StatusPageTest {

    static final String FOUND = """
            {"trackingNumber":"GL-2026-000123","category":"WATER_DRAINAGE","status":"IN_PROGRESS",
             "registeredOn":"2026-05-06",
             "firstContact":{"dueAt":"2026-05-07T16:00:00Z","met":true},
             "feedback":{"dueAt":"2026-05-13T16:00:00Z","met":false},
             "timeline":[{"at":"2026-05-06T03:00:00Z","text":"已联系市政维修公司，约定下周施工"}],
             "residentName":"杨先生","residentPhone":"13812345678"}""";

    static final String NOT_FOUND = """
            {"type":"urn:huike:problem:not-found","title":"Not found","status":404,"detail":"No such case"}""";

    @BeforeEach
    void reset() {
        ServicesStandIn.server().resetAll();
    }

    @Test
    void thePageIsChineseByDefaultWithItsFieldsLabelled() {
        String page =
                given().when().get("/status").then().statusCode(200).extract().asString();

        assertThat(page).contains("<html lang=\"zh-CN\">", "事项进度查询");
        assertThat(page).contains("<label for=\"status-number\">", "<label for=\"status-phone-last4\">");
        assertThat(page).contains("id=\"status-submit\"", "name=\"csrf-token\"");
        assertThat(page).contains("<header", "<nav", "<main id=\"main\"");
    }

    @Test
    void theFormsTokenCookieIsHttpOnlyAndStaysOnOurOwnSite() {
        String setCookie =
                given().when().get("/status").then().statusCode(200).extract().header("Set-Cookie");

        assertThat(setCookie)
                .startsWith("huike-csrf=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void theBrowsersEnglishIsSpoken() {
        given().header("Accept-Language", "en-GB,en;q=0.8")
                .when()
                .get("/status")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Look up a matter"));
    }

    @Test
    void theSwitchLinkRemembersTheLanguageAndGoesBack() {
        String chosen = given().redirects()
                .follow(false)
                .queryParam("returnTo", "/status?number=GL-1")
                .when()
                .get("/language/en")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/status?number=GL-1"))
                .extract()
                .cookie("huike-lang");

        assertThat(chosen).isEqualTo("en");
        given().cookie("huike-lang", "en")
                .header("Accept-Language", "zh-CN")
                .when()
                .get("/status")
                .then()
                .body(containsString("<html lang=\"en\">"), containsString("lang=\"zh-CN\" hreflang=\"zh-CN\">中文"));
    }

    @Test
    void theSwitchLinkLeadsToNoOtherSite() {
        given().redirects()
                .follow(false)
                .queryParam("returnTo", "https://evil.example/")
                .when()
                .get("/language/en")
                .then()
                .statusCode(303)
                .header("Location", not(containsString("evil")));
    }

    @Test
    void theNumberOnTheSlipsQrCodeIsFilledIn() {
        given().when().get("/status?number=GL-2026-000123").then().body(containsString("value=\"GL-2026-000123\""));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedWithAPageSayingSo() {
        String page = given().contentType("application/x-www-form-urlencoded")
                .formParam("number", "GL-2026-000123")
                .formParam("phoneLast4", "5678")
                .when()
                .post("/status")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(page).contains("表单已失效", "role=\"alert\"");
        assertThat(ServicesStandIn.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void digitsThatAreNotFourAreSaidSoWithoutAskingTheService() {
        String page = Pages.form(Pages.csrfToken())
                .formParam("number", "GL-2026-000123")
                .formParam("phoneLast4", "12a")
                .when()
                .post("/status")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(page).contains("role=\"alert\"", "请输入 4 位数字", "aria-invalid=\"true\"");
        assertThat(ServicesStandIn.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void aFoundCaseShowsItsStatusAndWhatWasSharedButNothingOfTheResident() {
        ServicesStandIn.server()
                .stubFor(post(urlEqualTo("/case-status-lookups"))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withBody(FOUND)));

        String page = Pages.form(Pages.csrfToken())
                .formParam("number", "gl-2026-000123")
                .formParam("phoneLast4", "5678")
                .when()
                .post("/status")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("id=\"status-result-tracking-number\">GL-2026-000123", "办理中", "供排水");
        assertThat(page).contains("已联系市政维修公司，约定下周施工", "2026年5月6日");
        assertThat(page).contains("id=\"status-result-first-contact\">已完成", "2026年5月14日 00:00 前");
        assertThat(page).doesNotContain("杨先生", "1381234", "5678");
        ServicesStandIn.server()
                .verify(postRequestedFor(urlEqualTo("/case-status-lookups"))
                        .withHeader("X-Forwarded-For", equalTo("127.0.0.1"))
                        .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.absent())
                        .withRequestBody(
                                equalToJson("{\"trackingNumber\":\"GL-2026-000123\",\"phoneLast4\":\"5678\"}")));
    }

    @Test
    void anUnknownNumberAndWrongDigitsGetTheSameAnswer() {
        ServicesStandIn.server()
                .stubFor(post(urlEqualTo("/case-status-lookups"))
                        .willReturn(aResponse()
                                .withStatus(404)
                                .withHeader("Content-Type", "application/problem+json")
                                .withBody(NOT_FOUND)));
        String token = Pages.csrfToken();

        String unknown = Pages.form(token)
                .formParam("number", "GL-2026-999999")
                .formParam("phoneLast4", "5678")
                .when()
                .post("/status")
                .then()
                .statusCode(404)
                .extract()
                .asString();
        String wrongDigits = Pages.form(token)
                .formParam("number", "GL-2026-000123")
                .formParam("phoneLast4", "0000")
                .when()
                .post("/status")
                .then()
                .statusCode(404)
                .extract()
                .asString();

        assertThat(message(unknown)).isEqualTo(message(wrongDigits)).contains("没有查到");
    }

    @Test
    void theServicesLimitIsPassedOnWithItsWait() {
        ServicesStandIn.server()
                .stubFor(post(urlEqualTo("/case-status-lookups"))
                        .willReturn(aResponse()
                                .withStatus(429)
                                .withHeader("Retry-After", "120")
                                .withHeader("Content-Type", "application/problem+json")
                                .withBody("{\"status\":429,\"title\":\"Too Many Requests\"}")));

        Pages.form(Pages.csrfToken())
                .formParam("number", "GL-2026-000123")
                .formParam("phoneLast4", "5678")
                .when()
                .post("/status")
                .then()
                .statusCode(429)
                .header("Retry-After", "120")
                .body(containsString("请 2 分钟后再试"));
    }

    @Test
    void everyScriptAndStyleThePageLoadsIsServedAndThePageIsNotCached() {
        String page = given().when()
                .get("/status")
                .then()
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .extract()
                .asString();

        Matcher asset =
                Pattern.compile("(?:src|href)=\"(/(?:webjars|static)/[^\"]+)\"").matcher(page);
        int found = 0;
        while (asset.find()) {
            found++;
            given().when().get(asset.group(1)).then().statusCode(200);
        }
        assertThat(found).as("scripts and styles").isGreaterThanOrEqualTo(3);
    }

    private static String message(String page) {
        Matcher alert = Pattern.compile("id=\"status-message\"><p>([^<]*)</p>").matcher(page);
        assertThat(alert.find()).as("the answer").isTrue();
        return alert.group(1);
    }
}
