package io.huike.workbench.outreach;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.huike.workbench.ServicesStandIn.json;
import static io.huike.workbench.ServicesStandIn.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.huike.workbench.Gulou;
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
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Outreach on a phone as a duty member paired with Mr Ma sees it, against a stand-in of outreach-service. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStandIn.class)
@TestSecurity(user = "wang", roles = "duty-member")
@OidcSecurity(
        claims = {
            @Claim(key = "name", value = "王建国"),
            @Claim(key = "member", value = OutreachPagesTest.MEMBER),
            @Claim(key = "communities", value = "[\"gulou\"]", type = ClaimType.JSON_ARRAY)
        })
class OutreachPagesTest {

    static final String MEMBER = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
    static final String MA = "7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c";
    static final String PAIRING = "9e8d7c6b-5a49-4382-b716-0f1e2d3c4b5a";
    static final String VISIT = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";
    static final String CAMPAIGN = "8c7d6e5f-4a3b-4c2d-9e1f-0a9b8c7d6e5f";
    static final String TARGET = "9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a";

    static final String PAIRINGS = """
            [{"id":"%s","communityId":"gulou","memberId":"%s","householdId":"%s","startDate":"2026-01-05",
              "active":true,"version":0}]""".formatted(PAIRING, MEMBER, MA);

    static final String PROGRESS = """
            {"memberId":"%s","memberName":"王建国","year":2026,
             "pairings":[{"pairingId":"%s","memberId":"%s","householdId":"%s","householdName":"马大爷","year":2026,
               "done":{"HOME_VISIT_WITH_SUPPORT":"2026-02-10","HEART_TO_HEART_TALK":"2026-03-15"},
               "owing":["RECEPTION_INTERVIEW","STUDY_DELIVERY"],"complete":false}]}""".formatted(MEMBER, PAIRING, MEMBER, MA);

    static final String HOUSEHOLD = """
            {"id":"%s","communityId":"gulou","name":"马大爷","kind":"ELDERLY_LIVING_ALONE",
             "address":"鼓楼巷 12 号 2 单元 301","gridId":"grid-3","needs":"行动不便，需要代缴医保、代取药","status":"ACTIVE",
             "contacts":[{"name":"马建国","relation":"儿子","phone":"138****5678"}],"version":0}""".formatted(MA);

    static final String CAMPAIGN_JSON = """
            {"id":"%s","communityId":"gulou","title":"新冠疫苗第二针提醒","purpose":"逐人提醒接种第二针",
             "dueDate":"2026-12-31","progress":{"targets":2,"notContacted":1,
               "byOutcome":{"REACHED":0,"NOT_REACHED":0,"DONE":1,"REFUSED":0},"settled":1,"percentDone":50},
             "targets":[{"id":"t-done","householdId":null,"name":"李秀英","outcome":"DONE",
                         "contactedAt":"2026-12-01T02:15:00Z","note":"已接种"},
                        {"id":"%s","householdId":"%s","name":"马大爷"}]}""".formatted(CAMPAIGN, TARGET, MA);

    WireMockServer services;
    LocalDate today;

    @BeforeEach
    void standIns() {
        services = ServicesStandIn.reset();
        today = LocalDate.now(Formats.ZONE);
        Gulou.community();
        json(get(urlPathEqualTo("/communities/gulou/pairings")), PAIRINGS);
        json(get(urlPathEqualTo("/communities/gulou/four-ones/members/" + MEMBER)), PROGRESS);
        json(get(urlEqualTo("/communities/gulou/households/" + MA)), HOUSEHOLD);
        json(get(urlPathEqualTo("/communities/gulou/visits")), "[]");
        json(get(urlEqualTo("/communities/gulou/notification-campaigns")), "[" + CAMPAIGN_JSON + "]");
        json(get(urlEqualTo("/communities/gulou/notification-campaigns/" + CAMPAIGN)), CAMPAIGN_JSON);
    }

    @Test
    void myHouseholdsShowWhatIsDoneAndWhatIsStillOwedThisYearInWords() {
        String page = Pages.open("/outreach", 200);

        assertThat(page).contains("id=\"household-cards\"", "马大爷", "今年还差 2 项", "2026年3月15日已完成");
        assertThat(page)
                .contains(
                        "id=\"household-" + MA + "-RECEPTION_INTERVIEW\"",
                        "<strong>未完成</strong>",
                        "href=\"/outreach/households/" + MA + "#home-visit-form\"");
        assertThat(page).contains("新冠疫苗第二针提醒", "href=\"/outreach/campaigns/" + CAMPAIGN + "\"");
        assertThat(page).contains("href=\"/outreach\" aria-current=\"page\"");
        services.verify(getRequestedFor(urlPathEqualTo("/communities/gulou/pairings"))
                .withQueryParam("memberId", equalTo(MEMBER))
                .withQueryParam("active", equalTo("true"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void aHouseholdsPageOffersTheVisitFormWithTheOnesStillOwedMarked() {
        String page = Pages.open("/outreach/households/" + MA, 200);

        assertThat(page).contains("id=\"household-name\">马大爷", "独居老人", "138****5678");
        assertThat(page)
                .contains(
                        "id=\"home-visit-form\"",
                        "id=\"home-visit-visitedOn\" name=\"visitedOn\" value=\"" + today + "\"",
                        "id=\"home-visit-kind\"",
                        "id=\"home-visit-notes\"",
                        "id=\"concern-category\"",
                        "id=\"concern-urgency\"",
                        "id=\"concern-description\"",
                        "id=\"home-visit-submit\"");
        assertThat(page).contains("<option value=\"STUDY_DELIVERY\">送学上门（今年未完成）</option>");
        assertThat(page).contains("<option value=\"HEART_TO_HEART_TALK\">谈心谈话</option>");
    }

    @Test
    void aVisitOnAPastDayIsRecordedWithWhatWasDoneAndTheConcernFoundThenShown() {
        String day = today.minusDays(2).toString();
        homeVisitCounted(day);
        json(post(urlEqualTo("/communities/gulou/visits")), 201, """
                {"id":"%s","householdId":"%s","memberId":"%s","visitedOn":"%s","concerns":[]}""".formatted(VISIT, MA, MEMBER, day));

        String location = Pages.redirectAfter(visitForm(day), "/outreach/households/" + MA + "/visits");

        assertThat(location).endsWith("/outreach/visits/" + VISIT + "?saved=true&counted=HOME_VISIT_WITH_SUPPORT");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/pairings/" + PAIRING + "/activities"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.kind", equalTo("HOME_VISIT_WITH_SUPPORT")))
                .withRequestBody(matchingJsonPath("$.doneOn", equalTo(day))));
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/visits"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.householdId", equalTo(MA)))
                .withRequestBody(matchingJsonPath("$.memberId", equalTo(MEMBER)))
                .withRequestBody(matchingJsonPath("$.visitedOn", equalTo(day)))
                .withRequestBody(matchingJsonPath("$.notes", equalTo("老人身体尚可，厨房下水不畅")))
                .withRequestBody(matchingJsonPath("$.concerns.length()", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.concerns[0].category", equalTo("WATER_DRAINAGE")))
                .withRequestBody(matchingJsonPath("$.concerns[0].title", equalTo("楼栋主管道返水，已影响三户")))
                .withRequestBody(matchingJsonPath("$.concerns[0].description", equalTo("楼栋主管道返水，已影响三户"))));
    }

    @Test
    void aRefusedVisitIsShownNextToItsFieldAndWhatWasDoneIsNotSentTwice() {
        String day = today.minusDays(1).toString();
        homeVisitCounted(day);
        problem(post(urlEqualTo("/communities/gulou/visits")), 400, """
                {"type":"urn:huike:problem:invalid-input","title":"Bad Request","status":400,
                 "errors":[{"field":"concerns[0].description","message":"must be plain text"}]}""");

        String page = Pages.submit(visitForm(day), "/outreach/households/" + MA + "/visits", 400);

        assertThat(page).contains("role=\"alert\"", "href=\"#concern-description\"");
        assertThat(page).contains("id=\"concern-description-error\"", "must be plain text");
        assertThat(page).contains("id=\"home-visit-kind-saved\"", "已计入今年的“四个一”：走访慰问");
        assertThat(page).contains("name=\"recordedActivity\" value=\"a-1\"");

        Pages.submit(
                visitForm(day)
                        .formParam("recordedActivity", "a-1")
                        .formParam("recordedKind", "HOME_VISIT_WITH_SUPPORT"),
                "/outreach/households/" + MA + "/visits",
                400);
        services.verify(1, postRequestedFor(urlEqualTo("/communities/gulou/pairings/" + PAIRING + "/activities")));
        services.verify(2, postRequestedFor(urlEqualTo("/communities/gulou/visits")));
    }

    @Test
    void aVisitDayInTheFutureIsShownAgainWithItsErrorAndNothingIsSent() {
        String page =
                Pages.submit(visitForm(today.plusDays(1).toString()), "/outreach/households/" + MA + "/visits", 400);

        assertThat(page).contains("href=\"#home-visit-visitedOn\"", "走访日期不能晚于今天。", "楼栋主管道返水");
        services.verify(0, postRequestedFor(urlPathEqualTo("/communities/gulou/pairings/" + PAIRING + "/activities")));
        services.verify(0, postRequestedFor(urlEqualTo("/communities/gulou/visits")));
    }

    @Test
    void aVisitsPageShowsTheConcernsCaseAndItsOutcomeOnceItCameBack() {
        json(get(urlEqualTo("/communities/gulou/visits/" + VISIT)), """
                {"id":"%s","householdId":"%s","memberId":"%s","visitedOn":"2026-11-06","notes":"老人身体尚可",
                 "recordedAt":"2026-11-06T03:00:00Z",
                 "concerns":[{"id":"k1","category":"WATER_DRAINAGE","urgency":"NORMAL","title":"厨房下水道堵塞",
                   "description":"楼栋主管道返水","status":"CLOSED","caseId":"c1","trackingNumber":"GL-2026-000001",
                   "outcome":"RESOLVED","resultSummary":"市政维修公司已疏通污水管道","closedAt":"2026-11-22T02:00:00Z",
                   "version":3},
                  {"id":"k2","category":"HEALTH","urgency":"URGENT","title":"需要代取药","description":"需要代取药",
                   "status":"RAISED"}]}""".formatted(VISIT, MA, MEMBER));

        String page = Pages.open(
                given().queryParam("saved", "true").queryParam("counted", "HOME_VISIT_WITH_SUPPORT"),
                "/outreach/visits/" + VISIT,
                200);

        assertThat(page).contains("id=\"visit-saved\"", "走访已保存。", "已计入今年的“四个一”：走访慰问");
        assertThat(page).contains("id=\"visit-household\">马大爷", "2026年11月6日");
        assertThat(page)
                .contains("id=\"concern-0-outcome\"", "已解决", "市政维修公司已疏通污水管道", "href=\"/cases/c1\"", "GL-2026-000001");
        assertThat(page).contains("id=\"concern-1-status\"><strong>已上报，等待登记为事项</strong>");
        assertThat(page).doesNotContain("id=\"concern-1-outcome\"");
    }

    @Test
    void aConcernWhoseCaseClosedOffersTheDutyMemberToCrossItOffAndOnlyThatOne() {
        visitWithAClosedConcern();

        String page = Pages.open("/outreach/visits/" + VISIT, 200);

        assertThat(page)
                .contains(
                        "action=\"/outreach/visits/" + VISIT + "/concerns/k1/cross-off\"",
                        "name=\"version\" value=\"3\"",
                        "<label for=\"concern-0-told-on\">告知住户的日期</label>",
                        "已告知住户，销号");
        assertThat(page).doesNotContain("/concerns/k2/cross-off");
    }

    @Test
    void crossingOffSendsTheVersionAndTheDayTheHouseholdWasToldAndComesBackToTheConcern() {
        visitWithAClosedConcern();
        json(post(urlEqualTo("/communities/gulou/concerns/k1/cross-off")), """
                {"id":"k1","status":"CROSSED_OFF","crossedOffOn":"2026-12-01","version":4}""");

        String location = Pages.redirectAfter(
                Pages.form()
                        .formParam("version", "3")
                        .formParam("toldOn", "2026-12-01")
                        .formParam("note", "已电话告知"),
                "/outreach/visits/" + VISIT + "/concerns/k1/cross-off");

        assertThat(location).endsWith("/outreach/visits/" + VISIT + "?crossedOff=k1#concern-k1");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/concerns/k1/cross-off"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.toldOn", equalTo("2026-12-01")))
                .withRequestBody(matchingJsonPath("$.note", equalTo("已电话告知"))));
    }

    @Test
    void aRefusedCrossingOffIsShownAtTheConcernInThePagesLanguage() {
        visitWithAClosedConcern();
        problem(post(urlEqualTo("/communities/gulou/concerns/k1/cross-off")), 412, """
                {"type":"urn:huike:problem:stale-version","title":"Precondition failed","status":412,
                 "detail":"The concern changed since you read it"}""");

        String page = Pages.submit(
                Pages.form().formParam("version", "2").formParam("toldOn", "2026-12-01"),
                "/outreach/visits/" + VISIT + "/concerns/k1/cross-off",
                412);

        assertThat(page).contains("id=\"concern-0-problem\"", "role=\"alert\"");
        assertThat(page).contains("name=\"version\" value=\"3\"");
    }

    @Test
    void aDayThatIsNotADayIsRefusedWithoutAskingOutreach() {
        visitWithAClosedConcern();

        String page = Pages.submit(
                Pages.form().formParam("version", "3").formParam("toldOn", "昨天"),
                "/outreach/visits/" + VISIT + "/concerns/k1/cross-off",
                400);

        assertThat(page).contains("id=\"concern-0-problem\"", "请填写告知住户的日期。");
        services.verify(0, postRequestedFor(urlEqualTo("/communities/gulou/concerns/k1/cross-off")));
    }

    /** Outreach-service counts the pairing's home visit with support as done on the day given, as activity a-1. */
    private void homeVisitCounted(String day) {
        json(post(urlEqualTo("/communities/gulou/pairings/" + PAIRING + "/activities")), 201, """
                {"id":"a-1","pairingId":"%s","kind":"HOME_VISIT_WITH_SUPPORT","doneOn":"%s"}""".formatted(
                        PAIRING, day));
    }

    private void visitWithAClosedConcern() {
        json(get(urlEqualTo("/communities/gulou/visits/" + VISIT)), """
                {"id":"%s","householdId":"%s","memberId":"%s","visitedOn":"2026-11-06",
                 "concerns":[{"id":"k1","category":"WATER_DRAINAGE","urgency":"NORMAL","title":"厨房下水道堵塞",
                   "status":"CLOSED","caseId":"c1","trackingNumber":"GL-2026-000001","outcome":"RESOLVED",
                   "resultSummary":"已疏通","closedAt":"2026-11-22T02:00:00Z","version":3},
                  {"id":"k2","category":"HEALTH","urgency":"URGENT","title":"需要代取药","status":"RAISED"}]}""".formatted(VISIT, MA, MEMBER));
    }

    @Test
    void aCallListSendsTheOutcomeChosenForAPersonAndComesBackToThem() {
        String page = Pages.open("/outreach/campaigns/" + CAMPAIGN, 200);
        assertThat(page).contains("还需联系 1 人", "id=\"target-" + TARGET + "-refused\"", "<strong>尚未联系</strong>");
        assertThat(page.indexOf("马大爷")).as("not contacted first").isLessThan(page.indexOf("李秀英"));
        json(
                post(urlEqualTo(
                        "/communities/gulou/notification-campaigns/" + CAMPAIGN + "/targets/" + TARGET + "/contacts")),
                201,
                """
                {"id":"x1","targetId":"%s","outcome":"REFUSED","contactedAt":"2026-12-04T02:00:00Z"}""".formatted(TARGET));

        String location = Pages.redirectAfter(
                Pages.form().formParam("outcome", "REFUSED").formParam("note", "不愿接种"),
                "/outreach/campaigns/" + CAMPAIGN + "/targets/" + TARGET + "/contacts");

        assertThat(location).endsWith("/outreach/campaigns/" + CAMPAIGN + "?recorded=" + TARGET + "#target-" + TARGET);
        services.verify(postRequestedFor(urlEqualTo(
                        "/communities/gulou/notification-campaigns/" + CAMPAIGN + "/targets/" + TARGET + "/contacts"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.outcome", equalTo("REFUSED")))
                .withRequestBody(matchingJsonPath("$.note", equalTo("不愿接种"))));
    }

    @Test
    void aRefusedContactIsShownAtThePersonWithTheNoteKept() {
        problem(
                post(urlEqualTo(
                        "/communities/gulou/notification-campaigns/" + CAMPAIGN + "/targets/" + TARGET + "/contacts")),
                400,
                """
                {"type":"urn:huike:problem:invalid-input","title":"Bad Request","status":400,
                 "errors":[{"field":"note","message":"must be plain text"}]}""");

        String page = Pages.submit(
                Pages.form().formParam("outcome", "NOT_REACHED").formParam("note", "<b>关机</b>"),
                "/outreach/campaigns/" + CAMPAIGN + "/targets/" + TARGET + "/contacts",
                400);

        assertThat(page).contains("id=\"contact-problem\"", "role=\"alert\"", "href=\"#target-" + TARGET + "\"");
        assertThat(page).contains("id=\"target-" + TARGET + "-error\"", "有些内容不符合要求");
        assertThat(page).contains("value=\"&lt;b&gt;关机&lt;/b&gt;\"");
    }

    @Test
    @TestSecurity(user = "li", roles = "community-admin")
    @OidcSecurity(
            claims = {
                @Claim(key = "member", value = "m-li"),
                @Claim(key = "communities", value = "[\"gulou\"]", type = ClaimType.JSON_ARRAY)
            })
    void aUserWhoseTokenNamesNoRosterMemberIsToldSoAndStillSeesTheCampaigns() {
        String page = Pages.open("/outreach", 200);

        assertThat(page).contains("id=\"member-unknown\"", "id=\"campaign-cards\"");
        services.verify(0, getRequestedFor(urlPathEqualTo("/communities/gulou/pairings")));
    }

    @Test
    @TestSecurity(user = "zhou", roles = "case-handler")
    @OidcSecurity(
            claims = {
                @Claim(key = "member", value = OutreachPagesTest.MEMBER),
                @Claim(key = "communities", value = "[\"gulou\"]", type = ClaimType.JSON_ARRAY)
            })
    void aCaseHandlerReadsTheHouseholdButIsOfferedNoFormsOutreachWouldRefuse() {
        String page = Pages.open("/outreach/households/" + MA, 200);
        String list = Pages.open("/outreach/campaigns/" + CAMPAIGN, 200);

        assertThat(page).contains("id=\"may-not-record\"").doesNotContain("id=\"home-visit-form\"");
        assertThat(list).contains("id=\"may-not-record\"").doesNotContain("id=\"target-" + TARGET + "-refused\"");
        Pages.submit(visitForm(today.toString()), "/outreach/households/" + MA + "/visits", 403);
        services.verify(0, postRequestedFor(urlEqualTo("/communities/gulou/visits")));
    }

    private RequestSpecification visitForm(String day) {
        return Pages.form()
                .formParam("visitedOn", day)
                .formParam("kind", "HOME_VISIT_WITH_SUPPORT")
                .formParam("notes", "老人身体尚可，厨房下水不畅")
                .formParam("concernCategory", "WATER_DRAINAGE")
                .formParam("concernUrgency", "NORMAL")
                .formParam("concernDescription", "楼栋主管道返水，已影响三户");
    }
}
