package io.huike.workbench.paperlog;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.huike.workbench.ServicesStandIn.json;
import static io.huike.workbench.ServicesStandIn.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.huike.workbench.Gulou;
import io.huike.workbench.Pages;
import io.huike.workbench.ServicesStandIn;
import io.huike.workbench.SignedInAsDutyMemberWang;
import io.huike.workbench.VisitMatters;
import io.huike.workbench.layout.Formats;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
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
@SignedInAsDutyMemberWang
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
        services = ServicesStandIn.reset();
        LocalDateTime inBook = LocalDateTime.now(Formats.ZONE)
                .minusDays(3)
                .withHour(9)
                .withMinute(30)
                .truncatedTo(ChronoUnit.MINUTES);
        bookTime = INPUT.format(inBook);
        bookInstant = inBook.atZone(Formats.ZONE).toInstant().toString();
        Gulou.community();
        Gulou.visitFormChoices();
        Gulou.caseSettings("""
                {"closingRequiresAdmin":true,"paperLogMaxAgeDays":30}""");
    }

    @Test
    void thePageSaysHowFarBackTheCommunityAllowsAndOffersBothForms() {
        String page = Pages.open("/paper-log", 200);

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

        String location = Pages.redirectAfter(caseForm(bookTime), "/paper-log/cases");

        assertThat(location).endsWith("/paper-log?case=c1#paper-log-entered");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/cases"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.occurredAt", equalTo(bookInstant)))
                .withRequestBody(matchingJsonPath("$.channel", equalTo("PHONE")))
                .withRequestBody(matchingJsonPath("$.category", equalTo("WATER_DRAINAGE")))
                .withRequestBody(matchingJsonPath("$.resident.phone", equalTo("13812345678"))));
    }

    @Test
    void aCaseFromTheBookReachesTheCaseServiceWithTheDesksTrace() {
        json(post(urlEqualTo("/communities/gulou/cases")), 201, CASE);

        Pages.redirectAfter(caseForm(bookTime), "/paper-log/cases");

        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/cases"))
                .withHeader("traceparent", matching("00-[0-9a-f]{32}-[0-9a-f]{16}-01")));
    }

    @Test
    void whatWasEnteredIsConfirmedWithItsTrackingNumber() {
        json(get(urlEqualTo("/communities/gulou/cases/c1")), CASE);

        String page = Pages.open(given().queryParam("case", "c1"), "/paper-log", 200);

        assertThat(page).contains("id=\"paper-log-entered\"", "GL-2026-000123", "href=\"/cases/c1\"");
    }

    @Test
    void aCaseFurtherBackThanAllowedIsRefusedAndTheRefusalStandsUnderItsTime() {
        problem(post(urlEqualTo("/communities/gulou/cases")), 422, TOO_OLD.formatted("occurredAt"));

        String page = Pages.submit(caseForm("2026-09-01T09:30"), "/paper-log/cases", 422);

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

        String page = Pages.submit(caseForm(tomorrow), "/paper-log/cases", 400);

        assertThat(page).contains("href=\"#entry-occurredAt\"", "时间不能晚于现在。");
        services.verify(0, postRequestedFor(urlEqualTo("/communities/gulou/cases")));
    }

    @Test
    void aVisitFromTheBookIsRecordedWithItsMattersAtTheTimeItHappened() {
        json(post(urlEqualTo("/communities/gulou/reception-visits")), 201, """
                {"id":"v1","roomId":"room-1","visitedAt":"%s","dutyMemberId":"m-li","peopleCount":1,
                 "caseIds":["c1"]}""".formatted(bookInstant));

        String location = Pages.redirectAfter(visitForm(bookTime), "/paper-log/visits");

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
        problem(post(urlEqualTo("/communities/gulou/reception-visits")), 422, TOO_OLD.formatted("visitedAt"));

        String page = Pages.submit(visitForm("2026-09-01T09:30"), "/paper-log/visits", 422);

        assertThat(page).contains("id=\"paper-visit-errors\"", "href=\"#visit-visitedAt\"");
        assertThat(page)
                .contains(
                        "id=\"visit-visitedAt-error\"><span class=\"visually-hidden\">错误：</span>补录的时间太早：只能补录 30 天以内的记录");
        assertThat(page).contains("建议将小区架空电线改为入地");
    }

    @Test
    void aReferralsAnswerOnTheCasePageTakesTheTimeTheAnswerReallyCame() {
        json(post(urlEqualTo("/communities/gulou/cases/c1/referrals/r1/answer")), CASE);

        Pages.submit(
                Pages.form()
                        .formParam("version", "5")
                        .formParam("referralId", "r1")
                        .formParam("answer", "已约定下周疏通")
                        .formParam("repliedAt", bookTime),
                "/cases/c1/answer-referral",
                303);

        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/cases/c1/referrals/r1/answer"))
                .withHeader("If-Match", equalTo("\"5\""))
                .withRequestBody(matchingJsonPath("$.repliedAt", equalTo(bookInstant))));
    }

    @Test
    void feedbackTooFarBackIsRefusedNextToTheFeedbackForm() {
        json(get(urlEqualTo("/communities/gulou/cases/c1")), CASE.replace("\"ANSWER_REFERRAL\"", "\"GIVE_FEEDBACK\""));
        problem(post(urlEqualTo("/communities/gulou/cases/c1/feedback")), 422, TOO_OLD.formatted("toldAt"));

        String page = Pages.submit(
                Pages.form()
                        .formParam("version", "5")
                        .formParam("method", "PHONE")
                        .formParam("toldAt", "2026-09-01T09:30")
                        .formParam("satisfaction", "SATISFIED"),
                "/cases/c1/feedback",
                422);

        assertThat(page).contains("补录的时间太早：只能补录 30 天以内的记录", "id=\"feedback-toldAt-error\"");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/cases/c1/feedback"))
                .withRequestBody(matchingJsonPath("$.toldAt", equalTo("2026-09-01T01:30:00Z"))));
    }

    private RequestSpecification caseForm(String occurredAt) {
        return Pages.form()
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

    private RequestSpecification visitForm(String visitedAt) {
        return VisitMatters.oneMatter(
                Pages.form()
                        .formParam("visitedAt", visitedAt)
                        .formParam("dutyMemberId", "m-li")
                        .formParam("roomId", "room-1")
                        .formParam("peopleCount", "1")
                        .formParam("visitorName", "李女士")
                        .formParam("summary", "李女士来访，提出建议"),
                "POWER_LINES",
                "",
                "建议将小区架空电线改为入地");
    }
}
