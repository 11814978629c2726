package io.huike.workbench.paperlog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.huike.workbench.Pages;
import io.huike.workbench.ServicesStandIn;
import io.huike.workbench.layout.Formats;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paper log and the case page's referral answer and feedback as a duty member types in the reception room's
 * book, against stand-ins of case-service and roster-service.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStandIn.class)
@TestSecurity(user = "wang", roles = "duty-member")
@OidcSecurity(
        claims = {
            @Claim(key = "name", value = "王建国"),
            @Claim(key = "member", value = "m-wang"),
            @Claim(key = "communities", value = "[\"gulou\"]", type = ClaimType.JSON_ARRAY)
        })
class PaperLogPagesTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static final String TOO_OLD = """
            {"type":"urn:huike:problem:paper-log-too-old","title":"Unprocessable request","status":422,
             "detail":"%1$s must not be more than 30 days ago","paperLogMaxAgeDays":30,
             "earliestAllowed":"2026-11-03T16:00:00Z",
             "errors":[{"field":"%1$s","message":"must not be more than 30 days ago (the community's paperLogMaxAgeDays)"}]}""";

    static final String CASE = """
            {"id":"c1","communityId":"gulou","trackingNumber":"GL-2026-000123","channel":"PHONE",
             "category":"WATER_DRAINAGE","urgency":"NORMAL","title":"污水管堵塞","description":"杨先生家门口污水管堵塞",
             "status":"REFERRED","allowedActions":["ANSWER_REFERRAL"],"registeredAt":"2026-11-20T01:30:00Z",
             "firstContact":{"dueAt":"2026-11-21T16:00:00Z","overdue":false},
             "feedback":{"dueAt":"2026-11-27T16:00:00Z","overdue":false},"overdue":false,"version":5,
             "referrals":[{"id":"r1","body":"市政维修公司","referredAt":"2026-11-20T02:00:00Z"}]}""";

    WireMockServer services;
    /** Three days ago at 09:30 in Beijing, as the book has it, and as the instant it is. */
    String bookTime;

    String bookInstant;

    @BeforeEach
    void standIns() {
        services = ServicesStandIn.server();
        services.resetAll();
        LocalDateTime inBook = LocalDateTime.now(Formats.ZONE)
                .minusDays(3)
                .withHour(9)
                .withMinute(30)
                .truncatedTo(ChronoUnit.MINUTES);
        bookTime = INPUT.format(inBook);
        bookInstant = inBook.atZone(Formats.ZONE).toInstant().toString();
        json(get(urlEqualTo("/communities")), "[{\"id\":\"gulou\",\"name\":\"鼓楼社区\"}]");
        json(get(urlEqualTo("/communities/gulou/members")), """
                [{"id":"m-wang","name":"王建国","active":true},{"id":"m-li","name":"李秀英","active":true}]""");
        json(get(urlEqualTo("/communities/gulou/rooms")), "[{\"id\":\"room-1\",\"name\":\"党员会客室\"}]");
        json(get(urlEqualTo("/communities/gulou/grids")), "[{\"id\":\"grid-3\",\"name\":\"第三网格\"}]");
        json(get(urlEqualTo("/communities/gulou/case-settings")), """
                {"closingRequiresAdmin":true,"paperLogMaxAgeDays":30}""");
    }

    @Test
    void thePageSaysHowFarBackTheCommunityAllowsAndOffersBothForms() {
        String page = given().when()
                .get("/paper-log")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("id=\"paper-log-limit\"", "最多可补录 30 天前的记录");
        assertThat(page)
                .contains(
                        "id=\"paper-visit-form\"",
                        "id=\"visit-visitedAt\" name=\"visitedAt\" value=\"\"",
                        "id=\"matter-0-description\"",
                        "id=\"paper-visit-submit\"",
                        "id=\"paper-case-form\"",
                        "id=\"entry-occurredAt\"",
                        "id=\"paper-case-submit\"");
        assertThat(page).contains("<option value=\"m-wang\" selected>王建国</option>");
        assertThat(page).contains("href=\"/paper-log\" aria-current=\"page\"");
    }

    @Test
    void aCaseFromTheBookIsRegisteredAtTheTimeItReallyHappened() {
        json(post(urlEqualTo("/communities/gulou/cases")), 201, CASE);

        String location = caseForm(bookTime)
                .when()
                .post("/paper-log/cases")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");

        assertThat(location).endsWith("/paper-log?case=c1#paper-log-entered");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/cases"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.occurredAt", equalTo(bookInstant)))
                .withRequestBody(matchingJsonPath("$.channel", equalTo("PHONE")))
                .withRequestBody(matchingJsonPath("$.category", equalTo("WATER_DRAINAGE")))
                .withRequestBody(matchingJsonPath("$.resident.phone", equalTo("13812345678"))));
    }

    @Test
    void whatWasEnteredIsConfirmedWithItsTrackingNumber() {
        json(get(urlEqualTo("/communities/gulou/cases/c1")), CASE);

        String page = given().queryParam("case", "c1")
                .when()
                .get("/paper-log")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("id=\"paper-log-entered\"", "GL-2026-000123", "href=\"/cases/c1\"");
    }

    @Test
    void aCaseFurtherBackThanAllowedIsRefusedAndTheRefusalStandsUnderItsTime() {
        services.stubFor(post(urlEqualTo("/communities/gulou/cases"))
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(TOO_OLD.formatted("occurredAt"))));

        String page = caseForm("2026-09-01T09:30")
                .when()
                .post("/paper-log/cases")
                .then()
                .statusCode(422)
                .extract()
                .asString();

        String sentence = "补录的时间太早：只能补录 30 天以内的记录（最早 2026年11月4日 00:00）。";
        assertThat(page).contains("id=\"paper-case-errors\"", "id=\"paper-case-problem\">" + sentence);
        assertThat(page)
                .contains("id=\"entry-occurredAt-error\"><span class=\"visually-hidden\">错误：</span>" + sentence);
        assertThat(page).contains("value=\"2026-09-01T09:30\"", "杨先生家门口污水管堵塞");
        assertThat(page).doesNotContain("paperLogMaxAgeDays)");
    }

    @Test
    void aTimeLaterThanNowIsRefusedBeforeAnythingIsSent() {
        String tomorrow = INPUT.format(LocalDateTime.now(Formats.ZONE).plusDays(1));

        String page = caseForm(tomorrow)
                .when()
                .post("/paper-log/cases")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(page).contains("href=\"#entry-occurredAt\"", "时间不能晚于现在。");
        services.verify(0, postRequestedFor(urlEqualTo("/communities/gulou/cases")));
    }

    @Test
    void aVisitFromTheBookIsRecordedWithItsMattersAtTheTimeItHappened() {
        json(post(urlEqualTo("/communities/gulou/reception-visits")), 201, """
                {"id":"v1","roomId":"room-1","visitedAt":"%s","dutyMemberId":"m-li","peopleCount":1,
                 "caseIds":["c1"]}""".formatted(bookInstant));

        String location = visitForm(bookTime)
                .when()
                .post("/paper-log/visits")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");

        assertThat(location).endsWith("/paper-log?visit=v1#paper-log-entered");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/reception-visits"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.visitedAt", equalTo(bookInstant)))
                .withRequestBody(matchingJsonPath("$.dutyMemberId", equalTo("m-li")))
                .withRequestBody(matchingJsonPath("$.matters.length()", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.matters[0].category", equalTo("POWER_LINES"))));
    }

    @Test
    void aVisitFurtherBackThanAllowedShowsTheRefusalUnderItsTime() {
        services.stubFor(post(urlEqualTo("/communities/gulou/reception-visits"))
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(TOO_OLD.formatted("visitedAt"))));

        String page = visitForm("2026-09-01T09:30")
                .when()
                .post("/paper-log/visits")
                .then()
                .statusCode(422)
                .extract()
                .asString();

        assertThat(page).contains("id=\"paper-visit-errors\"", "href=\"#visit-visitedAt\"");
        assertThat(page)
                .contains(
                        "id=\"visit-visitedAt-error\"><span class=\"visually-hidden\">错误：</span>补录的时间太早：只能补录 30 天以内的记录");
        assertThat(page).contains("建议将小区架空电线改为入地");
    }

    @Test
    void aReferralsAnswerOnTheCasePageTakesTheTimeTheAnswerReallyCame() {
        json(post(urlEqualTo("/communities/gulou/cases/c1/referrals/r1/answer")), CASE);

        Pages.form(Pages.csrfToken())
                .formParam("version", "5")
                .formParam("referralId", "r1")
                .formParam("answer", "已约定下周疏通")
                .formParam("repliedAt", bookTime)
                .when()
                .post("/cases/c1/answer-referral")
                .then()
                .statusCode(303);

        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/cases/c1/referrals/r1/answer"))
                .withHeader("If-Match", equalTo("\"5\""))
                .withRequestBody(matchingJsonPath("$.repliedAt", equalTo(bookInstant))));
    }

    @Test
    void feedbackTooFarBackIsRefusedNextToTheFeedbackForm() {
        json(get(urlEqualTo("/communities/gulou/cases/c1")), CASE.replace("\"ANSWER_REFERRAL\"", "\"GIVE_FEEDBACK\""));
        services.stubFor(post(urlEqualTo("/communities/gulou/cases/c1/feedback"))
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(TOO_OLD.formatted("toldAt"))));

        String page = Pages.form(Pages.csrfToken())
                .formParam("version", "5")
                .formParam("method", "PHONE")
                .formParam("toldAt", "2026-09-01T09:30")
                .formParam("satisfaction", "SATISFIED")
                .when()
                .post("/cases/c1/feedback")
                .then()
                .statusCode(422)
                .extract()
                .asString();

        assertThat(page).contains("补录的时间太早：只能补录 30 天以内的记录", "id=\"feedback-toldAt-error\"");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/cases/c1/feedback"))
                .withRequestBody(matchingJsonPath("$.toldAt", equalTo("2026-09-01T01:30:00Z"))));
    }

    private io.restassured.specification.RequestSpecification caseForm(String occurredAt) {
        return Pages.form(Pages.csrfToken())
                .formParam("occurredAt", occurredAt)
                .formParam("channel", "PHONE")
                .formParam("category", "WATER_DRAINAGE")
                .formParam("urgency", "NORMAL")
                .formParam("gridId", "grid-3")
                .formParam("title", "")
                .formParam("description", "杨先生家门口污水管堵塞")
                .formParam("residentName", "杨先生")
                .formParam("residentPhone", "13812345678");
    }

    private io.restassured.specification.RequestSpecification visitForm(String visitedAt) {
        return Pages.form(Pages.csrfToken())
                .formParam("visitedAt", visitedAt)
                .formParam("dutyMemberId", "m-li")
                .formParam("roomId", "room-1")
                .formParam("peopleCount", "1")
                .formParam("visitorName", "李女士")
                .formParam("summary", "李女士来访，提出建议")
                .formParam("matterCategory", "POWER_LINES", "", "")
                .formParam("matterUrgency", "NORMAL", "NORMAL", "NORMAL")
                .formParam("matterGrid", "", "", "")
                .formParam("matterDescription", "建议将小区架空电线改为入地", "", "");
    }

    private void json(MappingBuilder request, String body) {
        json(request, 200, body);
    }

    private void json(MappingBuilder request, int status, String body) {
        services.stubFor(request.willReturn(aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body)));
    }
}
