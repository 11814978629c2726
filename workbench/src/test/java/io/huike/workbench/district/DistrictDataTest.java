package io.huike.workbench.district;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.huike.workbench.ServicesStandIn;
import io.huike.workbench.SignedInAsDistrictSupervisorZhao;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The district dashboard's data, as a district supervisor's browser asks for it, against a stand-in of reporting. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStandIn.class)
@SignedInAsDistrictSupervisorZhao
class DistrictDataTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TestHTTPResource("/district/data/figure-changes")
    URI figureChanges;

    WireMockServer reporting;

    @BeforeEach
    void standIn() {
        reporting = ServicesStandIn.reset();
    }

    @Test
    void aPathOfTheDashboardIsAskedOfReportingWithTheUsersTokenAndTheSameQuery() {
        reporting.stubFor(get(urlPathEqualTo("/figures"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("[{\"key\":\"gulou\",\"name\":\"鼓楼社区\",\"figures\":{\"registered\":2}}]")));

        String body = given().accept("application/json")
                .when()
                .get("/district/data/figures?from=2026-05-01&to=2026-05-31&groupBy=COMMUNITY&community=gulou")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self';"))
                .extract()
                .asString();

        assertThat(body).contains("鼓楼社区", "\"registered\":2");
        List<LoggedRequest> asked = reporting.findAll(getRequestedFor(urlPathEqualTo("/figures")));
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).getUrl())
                .isEqualTo("/figures?from=2026-05-01&to=2026-05-31&groupBy=COMMUNITY&community=gulou");
        assertThat(asked.get(0).getHeader("Accept")).isEqualTo("application/json");
        String authorization = asked.get(0).getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        assertThat(claimsOf(authorization.substring("Bearer ".length())))
                .as("the signed-in user's own access token")
                .contains("\"zhao\"", "\"xincheng\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/district/data/rebuilds",
                "/district/data/reconciliations/gulou",
                "/district/data/communities/gulou/case-counts",
                "/district/data/figures/extra",
                "/district/data/digests/gulou/2026-05/other",
                "/district/data/"
            })
    void anyOtherPathIsNotFoundAndReportingIsNotAsked(String path) {
        reporting.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));

        given().when().get(path).then().statusCode(404);

        assertThat(reporting.getAllServeEvents()).isEmpty();
    }

    @Test
    void onlyGetIsForwarded() {
        reporting.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));

        given().contentType("application/json")
                .body("{}")
                .when()
                .post("/district/data/figures")
                .then()
                .statusCode(404);

        assertThat(reporting.getAllServeEvents()).isEmpty();
    }

    @Test
    void theDigestsDownloadsPassThroughWithTheirContentType() {
        byte[] workbook = {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, (byte) 0xff, (byte) 0xfe, 0x00, 0x7f};
        reporting.stubFor(get(urlEqualTo("/digests/gulou/2026-05/workbook"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", XLSX)
                        .withHeader("Content-Disposition", "attachment; filename=\"digest-gulou-2026-05.xlsx\"")
                        .withBody(workbook)));
        reporting.stubFor(get(urlEqualTo("/digests/gulou/2026-05/page"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html;charset=UTF-8")
                        .withBody("<h1>月末会议议题</h1>")));
        reporting.stubFor(get(urlEqualTo("/digests/gulou/2026-05"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"communityId\":\"gulou\",\"month\":\"2026-05\"}")));

        ExtractableResponse<Response> xlsx = given().when()
                .get("/district/data/digests/gulou/2026-05/workbook")
                .then()
                .statusCode(200)
                .extract();
        ExtractableResponse<Response> page = given().when()
                .get("/district/data/digests/gulou/2026-05/page")
                .then()
                .statusCode(200)
                .extract();
        ExtractableResponse<Response> json = given().when()
                .get("/district/data/digests/gulou/2026-05")
                .then()
                .statusCode(200)
                .extract();

        assertThat(xlsx.contentType()).isEqualTo(XLSX);
        assertThat(xlsx.header("Content-Disposition")).isEqualTo("attachment; filename=\"digest-gulou-2026-05.xlsx\"");
        assertThat(xlsx.asByteArray()).isEqualTo(workbook);
        assertThat(page.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(page.asString()).isEqualTo("<h1>月末会议议题</h1>");
        assertThat(json.contentType()).isEqualTo("application/json");
        assertThat(json.asString()).isEqualTo("{\"communityId\":\"gulou\",\"month\":\"2026-05\"}");
    }

    @Test
    void reportingsRefusalIsPassedOnForThePageToSayTheSignInHasExpired() {
        reporting.stubFor(get(urlPathEqualTo("/district/trends"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":401,\"title\":\"Unauthorized\"}")));

        given().when()
                .get("/district/data/district/trends?months=12")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void reportingNotAnsweringIsAServiceUnavailable() {
        reporting.stubFor(get(urlPathEqualTo("/outreach/campaigns"))
                .willReturn(
                        aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        given().when().get("/district/data/outreach/campaigns").then().statusCode(503);
    }

    /**
     * Reporting sends one event and keeps the stream open: the event has to reach the browser while the stream is
     * still open, long before reporting ends it (a relay that waited for the end would take 30 s).
     */
    @Test
    void theLiveStreamsEventsAreRelayedAsTheyCome() throws Exception {
        String event = "data: {\"communityId\":\"gulou\",\"eventType\":\"case.registered.v1\"}\n\n";
        int chunks = 10;
        String comment = ":" + ".".repeat(event.length() - 2) + "\n";
        reporting.stubFor(get(urlEqualTo("/figure-changes"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(event + comment.repeat(chunks - 1))
                        .withChunkedDribbleDelay(chunks, 30_000)));

        long started = System.nanoTime();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(figureChanges)
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        String first;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            first = lines.readLine();
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        assertThat(first).isEqualTo("data: {\"communityId\":\"gulou\",\"eventType\":\"case.registered.v1\"}");
        assertThat(waited).isLessThan(Duration.ofSeconds(20));
        reporting.verify(getRequestedFor(urlEqualTo("/figure-changes"))
                .withHeader("Accept", equalTo("text/event-stream"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
    }

    private static String claimsOf(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).as("a JWT").hasSize(3);
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }
}
