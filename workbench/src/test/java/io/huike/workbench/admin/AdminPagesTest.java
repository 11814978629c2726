package io.huike.workbench.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.huike.workbench.ServicesStandIn.json;
import static io.huike.workbench.ServicesStandIn.jsonWithHeader;
import static io.huike.workbench.ServicesStandIn.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.huike.workbench.Gulou;
import io.huike.workbench.Pages;
import io.huike.workbench.ServicesStandIn;
import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.Urgency;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The administration and the roster's admin forms as Gulou's community admin uses them, against the stand-ins. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStandIn.class)
@TestSecurity(user = "zhou", roles = "community-admin")
@OidcSecurity(
        claims = {
            @Claim(key = "name", value = "周书记"),
            @Claim(key = "member", value = "m-zhou"),
            @Claim(key = "communities", value = "[\"gulou\"]", type = ClaimType.JSON_ARRAY)
        })
class AdminPagesTest {

    static final String LI = """
            {"id":"m-li","community":"gulou","name":"李秀英","phone":"13900001111","phoneMasked":false,
             "kind":"IN_SERVICE_MEMBER","partyMember":true,"unit":"区教育局","skills":["MEDIATION","POLICY"],
             "duties":"","active":true,"registeredAt":"2026-04-20T01:00:00Z"}""";

    WireMockServer services;

    @BeforeEach
    void standIns() {
        services = ServicesStandIn.reset();
        Gulou.community();
        Gulou.members("""
                [{"id":"m-li","name":"李秀英","phone":"139****1111","phoneMasked":true,"kind":"IN_SERVICE_MEMBER",
                  "partyMember":true,"skills":["MEDIATION","POLICY"],"active":true},
                 {"id":"m-zhao","name":"赵老","phone":"138****0000","phoneMasked":true,"kind":"COMMUNITY_STAFF",
                  "partyMember":false,"skills":[],"active":false}]""");
        Gulou.rooms("""
                [{"id":"room-1","name":"党员会客室",
                  "shifts":[{"code":"AM","name":"上午","startsAt":"08:30:00","endsAt":"12:00:00"}]}]""");
        Gulou.caseSettings("{\"closingRequiresAdmin\":true,\"paperLogMaxAgeDays\":30}");
        Gulou.closures("[]");
        Gulou.swapRequests("[]");
        Gulou.duty("[]");
        Gulou.cases(1, """
                [{"id":"c7","communityId":"gulou","trackingNumber":"GL-2026-000130","category":"SANITATION",
                  "urgency":"NORMAL","title":"垃圾清理","status":"FEEDBACK_GIVEN","allowedActions":["CLOSE"],
                  "assigneeId":"m-li","registeredAt":"2026-05-02T01:30:00Z",
                  "resolution":{"outcome":"RESOLVED","actionsTaken":"已清运","resolvedAt":"2026-05-03T01:00:00Z"},
                  "feedbackGiven":{"method":"PHONE","toldAt":"2026-05-03T02:00:00Z","satisfaction":"SATISFIED"},
                  "overdue":false,"version":7}]""");
    }

    @Test
    void theAdminSeesTheAdministrationInTheNavigationAndHowManyClosingsWait() {
        String page = Pages.open("/admin", 200);

        assertThat(page).contains("<a href=\"/admin\" aria-current=\"page\">管理</a>", "id=\"admin-sections\"");
        assertThat(page).contains("id=\"admin-members\"", "id=\"admin-approvals\"", "等待批准结案：1 件");
        services.verify(getRequestedFor(urlPathEqualTo("/communities/gulou/cases"))
                .withQueryParam("status", equalTo("FEEDBACK_GIVEN")));
    }

    @Test
    void membersAreListedWithTheirSkillsInWordsAndWhetherTheyServe() {
        String page = Pages.open("/admin/members", 200);

        assertThat(page).contains("id=\"member-m-li-edit\"", "在职党员 · 党员", "矛盾调解、政策咨询", "139****1111");
        assertThat(page).contains("id=\"member-m-zhao\"", "<span class=\"badge\">已停用</span>");
        assertThat(page)
                .contains(
                        "id=\"member-form\"",
                        "id=\"member-skill-MEDIATION\"",
                        "id=\"member-active\" name=\"active\" value=\"on\" checked");
    }

    @Test
    void registeringAMemberSendsTheirDetailsAndSkillsAndLeadsToTheirPage() {
        json(post(urlEqualTo("/communities/gulou/members")), 201, """
                {"id":"m-new","name":"马建华","kind":"ASSIGNED_MEMBER","skills":["ETHNIC_AFFAIRS"],"active":true}""");

        String location = Pages.redirectAfter(
                Pages.form()
                        .formParam("name", "马建华")
                        .formParam("phone", "13700002222")
                        .formParam("kind", "ASSIGNED_MEMBER")
                        .formParam("partyMember", "on")
                        .formParam("skills", "ETHNIC_AFFAIRS", "MEDIATION")
                        .formParam("unit", "区民宗局")
                        .formParam("active", "on"),
                "/admin/members");

        assertThat(location).endsWith("/admin/members/m-new?done=registered");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/members"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson("""
                        {"name":"马建华","phone":"13700002222","kind":"ASSIGNED_MEMBER","partyMember":true,
                         "unit":"区民宗局","skills":["ETHNIC_AFFAIRS","MEDIATION"],"active":true}""")));
    }

    @Test
    void aMemberWithoutNameOrWithABadPhoneIsShownAgainWithTheErrorsAndNothingIsSent() {
        String page = Pages.submit(
                Pages.form()
                        .formParam("name", "")
                        .formParam("phone", "打电话")
                        .formParam("kind", "COMMUNITY_STAFF")
                        .formParam("skills", "LAW"),
                "/admin/members",
                400);

        assertThat(page).contains("id=\"admin-problem\"", "href=\"#member-form\"", "id=\"member-name-error\"");
        assertThat(page).contains("id=\"member-phone-error\"", "请填写电话号码", "value=\"打电话\"");
        assertThat(page).contains("id=\"member-skill-LAW\" name=\"skills\" value=\"LAW\" checked");
        assertThat(page).doesNotContain("id=\"member-active\" name=\"active\" value=\"on\" checked");
        services.verify(0, postRequestedFor(urlEqualTo("/communities/gulou/members")));
    }

    @Test
    void aMembersPageShowsTheWholePhoneAndSendsTheChangeWithTheVersionItShowed() {
        li(4);
        json(get(urlEqualTo("/communities/gulou/members/m-li/leave")), "[]");
        json(put(urlEqualTo("/communities/gulou/members/m-li")), LI);

        String page = Pages.open("/admin/members/m-li", 200);
        String location = Pages.redirectAfter(
                Pages.form()
                        .formParam("version", "4")
                        .formParam("name", "李秀英")
                        .formParam("phone", "13900001111")
                        .formParam("kind", "IN_SERVICE_MEMBER")
                        .formParam("partyMember", "on")
                        .formParam("skills", "MEDIATION"),
                "/admin/members/m-li");

        assertThat(page).contains("name=\"version\" value=\"4\"", "value=\"13900001111\"", "id=\"phone-audited\"");
        assertThat(page).contains("id=\"member-skill-POLICY\" name=\"skills\" value=\"POLICY\" checked");
        assertThat(page).contains("id=\"leave-form\"", "id=\"no-leave\"");
        assertThat(location).endsWith("/admin/members/m-li?done=saved#outcome");
        services.verify(putRequestedFor(urlEqualTo("/communities/gulou/members/m-li"))
                .withHeader("If-Match", equalTo("\"4\""))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.active", equalTo("false")))
                .withRequestBody(matchingJsonPath("$.skills.length()", equalTo("1"))));
    }

    @Test
    void aMemberChangedMeanwhileIsSaidSoNextToTheForm() {
        li(5);
        json(get(urlEqualTo("/communities/gulou/members/m-li/leave")), "[]");
        problem(put(urlEqualTo("/communities/gulou/members/m-li")), 412, """
                {"type":"urn:huike:problem:stale-version","status":412,"detail":"at version 5"}""");

        String page = Pages.submit(
                Pages.form()
                        .formParam("version", "4")
                        .formParam("name", "李秀英（改）")
                        .formParam("phone", "13900001111")
                        .formParam("kind", "IN_SERVICE_MEMBER")
                        .formParam("active", "on"),
                "/admin/members/m-li",
                412);

        assertThat(page).contains("该成员的信息在您打开页面后已被修改", "value=\"李秀英（改）\"", "name=\"version\" value=\"5\"");
    }

    @Test
    void leaveIsRecordedWithItsDaysAndItsShiftsToHandOverAreShown() {
        li(4);
        json(get(urlEqualTo("/communities/gulou/members/m-li/leave")), """
                [{"id":"l1","memberId":"m-li","firstDay":"2026-05-11","lastDay":"2026-05-15","reason":"外出培训",
                  "shiftsToHandOver":["s1","s2"]}]""");
        json(post(urlEqualTo("/communities/gulou/members/m-li/leave")), 201, """
                {"id":"l2","memberId":"m-li","firstDay":"2026-06-01","lastDay":"2026-06-03","shiftsToHandOver":[]}""");

        String page = Pages.open("/admin/members/m-li", 200);
        String location = Pages.redirectAfter(
                Pages.form()
                        .formParam("firstDay", "2026-06-01")
                        .formParam("lastDay", "2026-06-03")
                        .formParam("reason", ""),
                "/admin/members/m-li/leave");

        assertThat(page).contains("id=\"leave-list\"", "外出培训", "期间已排了 2 个班次，需要换班。", "href=\"/roster?month=2026-05\"");
        assertThat(location).endsWith("/admin/members/m-li?done=leave#leave");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/members/m-li/leave"))
                .withRequestBody(equalToJson("{\"firstDay\":\"2026-06-01\",\"lastDay\":\"2026-06-03\"}")));
    }

    @Test
    void aRoomIsOpenedWithTheShiftsEnteredInTheOrderOfTheDay() {
        json(post(urlEqualTo("/communities/gulou/rooms")), 201, "{\"id\":\"room-2\",\"name\":\"网格服务站\"}");

        String page = Pages.open("/admin/rooms", 200);
        String location = Pages.redirectAfter(
                Pages.form()
                        .formParam("name", "网格服务站")
                        .formParam("location", "")
                        .formParam("shiftCode", "am", "PM", "", "")
                        .formParam("shiftName", "上午", "下午", "", "")
                        .formParam("shiftStartsAt", "08:30", "14:30", "", "")
                        .formParam("shiftEndsAt", "12:00", "17:30", "", ""),
                "/admin/rooms");

        assertThat(page).contains("id=\"room-room-1-shifts\"", "<td>08:30–12:00</td>", "id=\"room-shift-3-endsAt\"");
        assertThat(location).endsWith("/admin/rooms?done=opened#outcome");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/rooms"))
                .withRequestBody(matchingJsonPath("$.name", equalTo("网格服务站")))
                .withRequestBody(matchingJsonPath("$.shifts.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.shifts[0].code", equalTo("AM")))
                .withRequestBody(matchingJsonPath("$.shifts[1].startsAt", matching("14:30(:00)?"))));
    }

    @Test
    void aClosureOnADayThatIsNoWorkingDayIsRefusedUnderTheDate() {
        problem(post(urlEqualTo("/communities/gulou/calendar/closures")), 422, """
                {"type":"urn:huike:problem:not-a-working-day","status":422,
                 "detail":"2026-10-03 is not an official working day"}""");

        String page = Pages.submit(
                Pages.form().formParam("date", "2026-10-03").formParam("reason", "停电检修"), "/admin/closures", 422);

        assertThat(page).contains("id=\"closure-date-error\"", "这一天本来就不是工作日", "value=\"停电检修\"");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/calendar/closures"))
                .withRequestBody(equalToJson("{\"date\":\"2026-10-03\",\"reason\":\"停电检修\"}")));
    }

    @Test
    void theCaseSettingsAreSentWholeAnUntickedBoxMeaningHandlersClose() {
        json(
                put(urlEqualTo("/communities/gulou/case-settings")),
                "{\"closingRequiresAdmin\":false,\"paperLogMaxAgeDays\":60}");

        String page = Pages.open("/admin/case-settings", 200);
        String location =
                Pages.redirectAfter(Pages.form().formParam("paperLogMaxAgeDays", "60"), "/admin/case-settings");

        assertThat(page)
                .contains("id=\"settings-closingRequiresAdmin\" name=\"closingRequiresAdmin\" value=\"on\" checked");
        assertThat(page).contains("id=\"settings-paperLogMaxAgeDays\" name=\"paperLogMaxAgeDays\" value=\"30\"");
        assertThat(location).endsWith("/admin/case-settings?done=saved#outcome");
        services.verify(putRequestedFor(urlEqualTo("/communities/gulou/case-settings"))
                .withRequestBody(equalToJson("{\"closingRequiresAdmin\":false,\"paperLogMaxAgeDays\":60}")));
    }

    @Test
    void onlyTheDeadlinesChangedAreSent() {
        deadlineRulesOfOneAndFiveWorkingDays();
        json(
                put(urlEqualTo("/communities/gulou/deadline-rules/WATER_DRAINAGE/URGENT")),
                "{\"firstContact\":\"2h\",\"feedback\":\"12h\"}");

        String page = Pages.open("/admin/deadlines", 200);
        String location = Pages.redirectAfter(deadlines("WATER_DRAINAGE-URGENT", " 2H", "12h"), "/admin/deadlines");

        assertThat(page).contains("id=\"rule-WATER_DRAINAGE-URGENT-firstContact\" name=\"firstContact\" value=\"1wd\"");
        assertThat(location).endsWith("/admin/deadlines?done=saved&count=1#outcome");
        services.verify(1, putRequestedFor(urlPathMatching("/communities/gulou/deadline-rules/.*")));
        services.verify(putRequestedFor(urlEqualTo("/communities/gulou/deadline-rules/WATER_DRAINAGE/URGENT"))
                .withRequestBody(equalToJson("{\"firstContact\":\"2h\",\"feedback\":\"12h\"}")));
    }

    @Test
    void aDeadlineThatIsNeitherHoursNorWorkingDaysIsShownUnderItsFieldAndNothingIsSent() {
        deadlineRulesOfOneAndFiveWorkingDays();

        String page = Pages.submit(deadlines("GAS-NORMAL", "3d", "5wd"), "/admin/deadlines", 400);

        assertThat(page).contains("id=\"rule-GAS-NORMAL-firstContact-error\"", "value=\"3d\"", "请写成小时");
        services.verify(0, putRequestedFor(urlPathMatching("/communities/gulou/deadline-rules/.*")));
    }

    @Test
    void aClosingIsApprovedWithTheVersionTheListShowed() {
        json(
                post(urlEqualTo("/communities/gulou/cases/c7/closing")),
                "{\"id\":\"c7\",\"status\":\"CLOSED\",\"version\":8}");

        String page = Pages.open("/admin/closing-approvals", 200);
        String location = Pages.redirectAfter(Pages.form().formParam("version", "7"), "/admin/closing-approvals/c7");

        assertThat(page).contains("id=\"closing-c7\"", "GL-2026-000130", "李秀英", "id=\"approve-c7-submit\"");
        assertThat(page).contains("name=\"version\" value=\"7\"", "等待批准结案：1 件");
        assertThat(location).endsWith("/admin/closing-approvals?done=approved#outcome");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/cases/c7/closing"))
                .withHeader("If-Match", equalTo("\"7\""))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void aClosingRefusedBecauseTheCaseChangedSaysWhoChangedItNextToItsButton() {
        problem(post(urlEqualTo("/communities/gulou/cases/c7/closing")), 412, """
                {"type":"urn:huike:problem:stale-version","status":412,"changedBy":"李秀英"}""");

        String page = Pages.submit(Pages.form().formParam("version", "6"), "/admin/closing-approvals/c7", 412);

        assertThat(page).contains("id=\"approve-c7-problem\"", "此事项已被 李秀英 修改");
    }

    @Test
    void anAdminGeneratesAMonthNotYetGeneratedAndSeesItsCoverage() {
        json(get(urlEqualTo("/communities/gulou/rooms/room-1/rosters/2026-06")), 404, "");
        json(get(urlPathEqualTo("/communities/gulou/coverage")), """
                {"from":"2026-06-01","to":"2026-06-30","uncovered":[],
                 "toHandOver":[{"shiftId":"s5","memberId":"m-li","day":"2026-06-05","shiftCode":"AM","reason":"ON_LEAVE"}],
                 "notGenerated":[{"roomId":"room-1","month":"2026-06"}],
                 "overloaded":[{"memberId":"m-zhao","name":"赵老","shifts":6,"fairShare":4}],
                 "attendance":{"ended":0,"checkedIn":0}}""");
        json(post(urlEqualTo("/communities/gulou/rooms/room-1/rosters/2026-06")), 201, """
                {"id":"r6","roomId":"room-1","month":"2026-06","shifts":[],"gaps":[]}""");

        String page = Pages.open(given().queryParam("month", "2026-06"), "/roster", 200);
        String location = Pages.redirectAfter(
                Pages.form().formParam("room", "room-1").formParam("month", "2026-06"), "/roster/generate");

        assertThat(page).contains("id=\"room-room-1-not-generated\"", "id=\"generate-room-1-submit\"", "生成2026年6月值班表");
        assertThat(page).contains("id=\"coverage\"", "李秀英</strong> — 值班成员已请假", "赵老：6 个班次（均衡份额 4 个）");
        assertThat(location).endsWith("/roster?month=2026-06&done=generated#room-room-1");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/rooms/room-1/rosters/2026-06"))
                .withHeader("Authorization", matching("Bearer .+")));
        services.verify(getRequestedFor(urlPathEqualTo("/communities/gulou/coverage"))
                .withQueryParam("from", equalTo("2026-06-01"))
                .withQueryParam("to", equalTo("2026-06-30")));
    }

    @Test
    void anAdminApprovesASwapTheOtherMemberAccepted() {
        Gulou.swapRequests("""
                [{"id":"sw3","shiftId":"s5","fromMemberId":"m-li","toMemberId":"m-zhao","state":"ACCEPTED"}]""");
        json(post(urlEqualTo("/communities/gulou/swap-requests/sw3/approve")), """
                {"id":"sw3","state":"APPROVED"}""");

        String page = Pages.open("/roster", 200);
        String location = Pages.redirectAfter(Pages.form(), "/roster/swaps/sw3/approve");

        assertThat(page).contains("id=\"swaps-to-approve\"", "对方已同意，等待管理员批准", "id=\"approve-sw3-submit\"");
        assertThat(location).contains("done=swap-approved");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/swap-requests/sw3/approve")));
    }

    /** Every category and urgency's deadlines as case-service keeps them: first contact 1wd, feedback 5wd. */
    private void deadlineRulesOfOneAndFiveWorkingDays() {
        json(
                get(urlPathMatching("/communities/gulou/deadline-rules/.*")),
                "{\"firstContact\":\"1wd\",\"feedback\":\"5wd\"}");
    }

    /** The deadline form with every category and urgency as the page showed it, one row typed anew. */
    private RequestSpecification deadlines(String changed, String firstContact, String feedback) {
        RequestSpecification form = Pages.form();
        for (Category category : Category.values()) {
            for (Urgency urgency : Urgency.values()) {
                boolean typed = changed.equals(category + "-" + urgency);
                form = form.formParam("category", category.name())
                        .formParam("urgency", urgency.name())
                        .formParam("firstContact", typed ? firstContact : "1wd")
                        .formParam("feedback", typed ? feedback : "5wd");
            }
        }
        return form;
    }

    /** 李秀英's record as roster-service keeps it, at the version given. */
    private void li(int version) {
        jsonWithHeader(get(urlEqualTo("/communities/gulou/members/m-li")), "ETag", "\"" + version + "\"", LI);
    }
}
