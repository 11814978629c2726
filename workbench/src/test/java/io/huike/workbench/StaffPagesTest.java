package io.huike.workbench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff's pages as a duty member of Gulou sees them, against stand-ins of case-service and roster-service. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStandIn.class)
@SignedInAsDutyMemberWang
class StaffPagesTest {

    static final String CASE = """
            {"id":"c1","communityId":"gulou","trackingNumber":"GL-2026-000123","channel":"RECEPTION_ROOM",
             "category":"WATER_DRAINAGE","urgency":"NORMAL","title":"污水管堵塞","description":"杨先生家门口污水管堵塞",
             "status":"IN_PROGRESS","allowedActions":["ASSIGN","REFER","ESCALATE","RESOLVE"],"assigneeId":"m-wang",
             "registeredAt":"2026-05-06T01:30:00Z","registeredBy":"u-1",
             "firstContact":{"dueAt":"2026-05-07T16:00:00Z","metAt":"2026-05-06T03:00:00Z","overdue":false},
             "feedback":{"dueAt":"2026-05-13T16:00:00Z","overdue":false},
             "overdue":false,"reopenCount":0,"version":3,
             "timeline":[
               {"at":"2026-05-06T01:30:00Z","actor":"u-1","kind":"ACTION","shareable":true,"text":"登记"},
               {"at":"2026-05-06T03:00:00Z","actor":"u-1","kind":"NOTE","shareable":false,"text":"已核实现场"}],
             "referrals":[]}""";

    static final String OVERDUE_LIST = """
            [{"id":"c2","communityId":"gulou","trackingNumber":"GL-2026-000124","category":"SANITATION",
              "urgency":"URGENT","title":"垃圾未清理","status":"ASSIGNED","allowedActions":["START"],
              "registeredAt":"2026-05-01T01:30:00Z",
              "firstContact":{"dueAt":"2026-05-02T01:30:00Z","overdue":true},
              "feedback":{"dueAt":"2026-05-08T16:00:00Z","overdue":false},"overdue":true,"version":1}]""";

    WireMockServer services;

    @BeforeEach
    void standIns() {
        services = ServicesStandIn.reset();
        Gulou.community();
        Gulou.visitFormChoices();
        json(get(urlEqualTo("/communities/gulou/duty")), """
                [{"id":"s1","roomId":"room-1","date":"2026-05-06","shiftCode":"AM","startTime":"08:30:00",
                  "endTime":"12:00:00","memberId":"m-li","memberName":"李秀英"}]""");
        Gulou.caseSettings("{\"closingRequiresAdmin\":true}");
    }

    @Test
    void theNavigationShowsOnlyThePagesADutyMemberMayOpen() {
        String home = Pages.open("/", 200);

        assertThat(home).contains("href=\"/desk\"", "href=\"/cases/mine\"", "href=\"/cases\"", "王建国", "鼓楼社区");
        assertThat(home).doesNotContain("href=\"/district\"");
        assertThat(home).contains("id=\"logout\" href=\"/logout\"");
    }

    @Test
    void aDutyMemberWhoOpensTheDistrictPageGetsAPoliteRefusal() {
        String page = Pages.open("/district", 403);

        assertThat(page).contains("<html lang=\"zh-CN\">", "没有权限", "role=\"alert\"", "href=\"/desk\"");
        assertThat(page).doesNotContain("Exception", "at io.", "district.js", "id=\"district-dashboard\"");
    }

    @Test
    void aDutyMemberGetsNoneOfTheDistrictDashboardsData() {
        services.stubFor(get(urlPathEqualTo("/figures"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        given().when().get("/district/data/figures").then().statusCode(403);

        assertThat(services.findAll(
                        com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/figures"))))
                .isEmpty();
    }

    @Test
    void theDeskShowsWhoIsOnDutyAndTheVisitFormWithThreeMatters() {
        String page = Pages.open("/desk", 200);

        assertThat(page).contains("id=\"duty-list\"", "李秀英", "党员会客室", "08:30");
        assertThat(page)
                .contains(
                        "id=\"visit-form\"",
                        "id=\"visit-visitedAt\"",
                        "id=\"visit-dutyMemberId\"",
                        "id=\"visit-peopleCount\"",
                        "id=\"visit-visitorName\"",
                        "id=\"visit-visitorPhone\"",
                        "id=\"visit-summary\"",
                        "id=\"matter-2-description\"",
                        "id=\"visit-submit\"");
        assertThat(page).doesNotContain("id=\"matter-3-description\"");
        assertThat(page)
                .contains("hx-get=\"/desk/duplicate-candidates?index=0\"", "hx-trigger=\"keyup changed delay:500ms\"");
        assertThat(page).contains("<option value=\"m-wang\" selected>王建国</option>");
    }

    @Test
    void aVisitIsRecordedWithItsMattersAndLeadsToItsSlips() {
        json(post(urlEqualTo("/communities/gulou/reception-visits")), 201, """
                {"id":"v1","roomId":"room-1","visitedAt":"2026-05-06T01:30:00Z","dutyMemberId":"m-wang",
                 "peopleCount":1,"caseIds":["c1"]}""");

        String location = Pages.redirectAfter(
                VisitMatters.oneMatter(
                        Pages.form()
                                .formParam("visitedAt", "2026-05-06T09:30")
                                .formParam("dutyMemberId", "m-wang")
                                .formParam("roomId", "room-1")
                                .formParam("peopleCount", "1")
                                .formParam("visitorName", "杨先生")
                                .formParam("visitorPhone", "13812345678")
                                .formParam("summary", "杨先生反映污水管堵塞"),
                        "WATER_DRAINAGE",
                        "grid-3",
                        "家门口污水管堵塞"),
                "/desk/visits");

        assertThat(location).endsWith("/desk/visits/v1/slips");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/reception-visits"))
                .withRequestBody(matchingJsonPath("$.matters.length()", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.matters[0].category", equalTo("WATER_DRAINAGE")))
                .withRequestBody(matchingJsonPath("$.matters[0].gridId", equalTo("grid-3")))
                .withRequestBody(matchingJsonPath("$.visitedAt", equalTo("2026-05-06T01:30:00Z")))
                .withRequestBody(matchingJsonPath("$.visitor.phone", equalTo("13812345678"))));
    }

    @Test
    void theSlipsCarryTheNumberTheDeadlinesAndAQrCodeOfThePublicStatusAddress() {
        json(get(urlEqualTo("/communities/gulou/reception-visits/v1")), """
                {"id":"v1","peopleCount":1,"caseIds":["c1"]}""");
        json(get(urlEqualTo("/communities/gulou/cases/c1")), CASE);

        String page = Pages.open("/desk/visits/v1/slips", 200);

        assertThat(page).contains("id=\"slip-0-tracking-number\">GL-2026-000123</strong>");
        assertThat(page).contains("鼓楼社区 党员会客室 受理回执", "2026年5月8日 00:00 前与您联系", "2026年5月14日 00:00 前告诉您办理结果");
        assertThat(page).contains("<svg", "role=\"img\"", "http://127.0.0.1:8085/status");
        assertThat(page).doesNotContain("13812345678");
    }

    @Test
    void aVisitWithoutSummaryIsShownAgainWithItsErrorAnnouncedAndNothingIsSent() {
        String page = Pages.submit(
                VisitMatters.oneMatter(
                        Pages.form()
                                .formParam("visitedAt", "2026-05-06T09:30")
                                .formParam("dutyMemberId", "m-wang")
                                .formParam("peopleCount", "1")
                                .formParam("summary", ""),
                        "",
                        "",
                        "家门口污水管堵塞"),
                "/desk/visits",
                400);

        assertThat(page).contains("role=\"alert\"", "href=\"#visit-summary\"", "href=\"#matter-0-category\"");
        assertThat(page).contains("id=\"visit-summary\" name=\"summary\"", "aria-invalid=\"true\"");
        assertThat(page).contains("家门口污水管堵塞");
        services.verify(0, postRequestedFor(urlEqualTo("/communities/gulou/reception-visits")));
    }

    @Test
    void similarOpenCasesAreSuggestedForADescription() {
        json(get(urlPathEqualTo("/communities/gulou/cases/duplicate-candidates")), "[" + CASE + "]");

        String fragment = Pages.open(
                given().queryParam("matterCategory", "WATER_DRAINAGE")
                        .queryParam("matterGrid", "")
                        .queryParam("matterDescription", "污水管又堵了")
                        .queryParam("index", "1"),
                "/desk/duplicate-candidates",
                200);

        assertThat(fragment).contains("id=\"matter-1-duplicate-list\"", "GL-2026-000123", "污水管堵塞");
        assertThat(fragment).doesNotContain("<html");
    }

    @Test
    void aCaseShowsItsTimelineMarkedInternalOrSharedAndTheActionsADutyMemberMayTake() {
        json(get(urlEqualTo("/communities/gulou/cases/c1")), CASE);

        String page = Pages.open("/cases/c1", 200);

        assertThat(page).contains("id=\"case-tracking-number\">GL-2026-000123", "办理中");
        assertThat(page).contains("已核实现场", "仅内部", "可告知居民");
        assertThat(page).contains("id=\"form-refer\"", "id=\"form-resolve\"", "id=\"form-note\"");
        assertThat(page).doesNotContain("id=\"form-assign\"", "id=\"form-escalate\"", "id=\"form-close\"");
        assertThat(page).contains("name=\"version\" value=\"3\"");
    }

    @Test
    void aDutyMemberSignsForA12345WorkOrderFromItsPageButLeavesReturningItToTheHandlers() {
        String order = """
                {"id":"c1","communityId":"gulou","trackingNumber":"GL-2026-000124","channel":"HOTLINE_12345",
                 "category":"SANITATION","urgency":"NORMAL","title":"垃圾未清运","description":"3号楼旁垃圾堆放三天未清运",
                 "status":"REGISTERED","allowedActions":["ASSIGN","RETURN_TO_HOTLINE"],
                 "registeredAt":"2026-05-06T01:30:00Z","registeredBy":"hotline",
                 "firstContact":{"dueAt":"2026-05-07T16:00:00Z","overdue":false},
                 "feedback":{"dueAt":"2026-05-13T16:00:00Z","overdue":false},
                 "overdue":false,"reopenCount":0,"hotlineReference":"12345-20260506-0042",
                 "hotlineOrder":{"state":"DISPATCHED","acknowledgeDueAt":"2026-05-06T02:00:00Z",
                   "acknowledgementLate":true,"returnUntil":"2099-05-07T01:30:00Z","redoCount":0},
                 "version":3,"timeline":[],"referrals":[]}""";
        json(get(urlEqualTo("/communities/gulou/cases/c1")), order);
        json(post(urlEqualTo("/communities/gulou/cases/c1/hotline-order/acknowledgement")), order);

        String page = Pages.open("/cases/c1", 200);

        assertThat(page).contains("12345工单", "12345-20260506-0042", "待签收", "超时", "id=\"form-hotline-acknowledge\"");
        assertThat(page).doesNotContain("id=\"form-hotline-return\"", "id=\"form-hotline-reply\"");
        String location = Pages.redirectAfter(Pages.form().formParam("version", "3"), "/cases/c1/hotline-acknowledge");
        assertThat(location).contains("/cases/c1?done=hotline-acknowledge");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/cases/c1/hotline-order/acknowledgement"))
                .withHeader("If-Match", equalTo("\"3\"")));
    }

    @Test
    void anActionSendsTheVersionThePageShowedAndGoesBackToTheCase() {
        json(post(urlEqualTo("/communities/gulou/cases/c1/referrals")), CASE);

        String location = Pages.redirectAfter(
                Pages.form()
                        .formParam("version", "3")
                        .formParam("body", "市政维修公司")
                        .formParam("expectedReplyBy", "2026-05-15"),
                "/cases/c1/refer");

        assertThat(location).contains("/cases/c1?done=refer");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/cases/c1/referrals"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.body", equalTo("市政维修公司")))
                .withRequestBody(matchingJsonPath("$.expectedReplyBy", equalTo("2026-05-15"))));
    }

    @Test
    void aCaseChangedMeanwhileSaysWhoChangedItNextToTheForm() {
        json(get(urlEqualTo("/communities/gulou/cases/c1")), CASE);
        problem(post(urlEqualTo("/communities/gulou/cases/c1/resolution")), 412, """
                {"type":"urn:huike:problem:stale-version","title":"Precondition failed","status":412,
                 "detail":"The record is at version 4, not 3","changedBy":"m-li",
                 "changedAt":"2026-05-06T06:15:00Z"}""");

        String page = Pages.submit(
                Pages.form()
                        .formParam("version", "3")
                        .formParam("outcome", "RESOLVED")
                        .formParam("actionsTaken", "已疏通"),
                "/cases/c1/resolve",
                412);

        assertThat(page).contains("role=\"alert\"", "此事项已被 李秀英 于 2026年5月6日 14:15 修改");
        assertThat(page).contains("id=\"form-resolve\" open", "已疏通");
    }

    @Test
    void anOverdueCaseIsSaidToBeOverdueInWordsNotOnlyInRed() {
        Gulou.cases(1, OVERDUE_LIST);
        json(get(urlPathEqualTo("/communities/gulou/case-reminders")), "[]");

        String page = Pages.open(given().queryParam("overdue", "on"), "/cases", 200);

        assertThat(page).contains("class=\"deadline overdue\"><strong>已逾期</strong>", "GL-2026-000124", "共 1 件");
        assertThat(page).contains("id=\"filter-overdue\" name=\"overdue\" value=\"on\" checked");
        services.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        urlPathEqualTo("/communities/gulou/cases"))
                .withQueryParam("overdue", equalTo("true"))
                .withQueryParam("status", equalTo("REGISTERED")));
    }

    @Test
    void myCasesAreTheOpenOnesAssignedToMyMemberIdWithMyReminders() {
        Gulou.cases(1, OVERDUE_LIST);
        json(get(urlPathEqualTo("/communities/gulou/case-reminders")), OVERDUE_LIST.replace("\"c2\"", "\"c3\""));

        String page = Pages.open("/cases/mine", 200);

        assertThat(page).contains("我的事项", "id=\"case-list\"", "GL-2026-000124");
        assertThat(page).doesNotContain("href=\"/cases/c3\"").contains("24小时内没有到期的事项");
        services.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        urlPathEqualTo("/communities/gulou/cases"))
                .withQueryParam("assignee", equalTo("m-wang"))
                .withQueryParam("status", equalTo("IN_PROGRESS")));
        services.verify(
                0,
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                                urlPathEqualTo("/communities/gulou/cases"))
                        .withQueryParam("status", equalTo("CLOSED")));
    }

    @Test
    void whileTheRosterCannotBeReachedTheDeskStillTakesVisits() {
        services.stubFor(get(urlEqualTo("/communities/gulou/duty"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        String page = Pages.open("/desk", 200);

        assertThat(page).contains("id=\"duty-unknown\"", "id=\"visit-form\"");
    }

    @Test
    void aCaseThatCannotBeReadBecauseCaseServiceIsAwayIsSaidSo() {
        services.stubFor(get(urlEqualTo("/communities/gulou/cases/c1"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        String page = Pages.open("/cases/c1", 503);

        assertThat(page).contains("服务暂时不可用", "role=\"alert\"").doesNotContain("Exception");
    }

    @Test
    void aFormsAddressOpenedAfterASignInLeadsBackToItsPage() {
        given().redirects()
                .follow(false)
                .when()
                .get("/cases/c1/resolve")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/cases/c1"));
        given().redirects()
                .follow(false)
                .when()
                .get("/desk/visits")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/desk"));
    }
}
