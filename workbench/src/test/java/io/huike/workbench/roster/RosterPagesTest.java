package io.huike.workbench.roster;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.huike.workbench.ServicesStandIn.json;
import static io.huike.workbench.ServicesStandIn.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.huike.workbench.Gulou;
import io.huike.workbench.Pages;
import io.huike.workbench.ServicesStandIn;
import io.huike.workbench.SignedInAsDutyMemberWang;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The duty roster as a duty member of Gulou sees and uses it, against a stand-in of roster-service. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStandIn.class)
@SignedInAsDutyMemberWang
class RosterPagesTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** A month wholly ahead, so that its shifts have not started. */
    static final YearMonth NEXT = YearMonth.from(TODAY).plusMonths(1);

    static final String MAY = """
            {"id":"r5","roomId":"room-1","month":"2026-05","generatedAt":"2026-04-25T02:00:00Z",
             "shifts":[
               {"id":"s1","roomId":"room-1","date":"2026-05-06","shiftCode":"AM","startTime":"08:30:00",
                "endTime":"12:00:00","memberId":"m-wang","memberName":"王建国"},
               {"id":"s2","roomId":"room-1","date":"2026-05-06","shiftCode":"PM","startTime":"14:30:00",
                "endTime":"17:30:00","memberId":"m-li","memberName":"李秀英"}],
             "gaps":[{"day":"2026-05-07","shiftCode":"PM","reason":"NO_MEMBER_AVAILABLE"}],
             "shiftsPerMember":{"m-wang":1,"m-li":1}}""";

    WireMockServer services;

    @BeforeEach
    void standIns() {
        services = ServicesStandIn.reset();
        Gulou.community();
        Gulou.rooms("""
                [{"id":"room-1","name":"党员会客室","location":"社区服务中心一楼",
                  "shifts":[{"code":"AM","name":"上午","startsAt":"08:30:00","endsAt":"12:00:00"},
                            {"code":"PM","name":"下午","startsAt":"14:30:00","endsAt":"17:30:00"}]}]""");
        Gulou.members("""
                [{"id":"m-wang","name":"王建国","active":true},{"id":"m-li","name":"李秀英","active":true},
                 {"id":"m-zhang","name":"张伟","active":true},{"id":"m-gone","name":"赵老","active":false}]""");
        Gulou.closures("""
                [{"id":"c1","date":"2026-05-08","reason":"社区服务中心停电检修"}]""");
        Gulou.swapRequests("[]");
        Gulou.duty("[]");
        json(get(urlEqualTo("/communities/gulou/rooms/room-1/rosters/2026-05")), MAY);
        json(get(urlEqualTo("/communities/gulou/rooms/room-1/rosters/" + NEXT)), next());
    }

    /** Next month: a shift of the signed-in member and one of 李秀英 to exchange it for, neither started. */
    static String next() {
        return """
                {"id":"rn","roomId":"room-1","month":"%1$s",
                 "shifts":[
                   {"id":"s10","roomId":"room-1","date":"%1$s-10","shiftCode":"AM","startTime":"08:30:00",
                    "endTime":"12:00:00","memberId":"m-wang","memberName":"王建国"},
                   {"id":"s11","roomId":"room-1","date":"%1$s-11","shiftCode":"AM","startTime":"08:30:00",
                    "endTime":"12:00:00","memberId":"m-li","memberName":"李秀英"},
                   {"id":"s12","roomId":"room-1","date":"%1$s-12","shiftCode":"AM","startTime":"08:30:00",
                    "endTime":"12:00:00","memberId":"m-zhang","memberName":"张伟"}],
                 "gaps":[]}""".formatted(NEXT);
    }

    @Test
    void theMonthGridShowsEachDaysMemberOnDutyMarksMineAndSaysGapsInWords() {
        String page = Pages.open(given().queryParam("month", "2026-05"), "/roster", 200);

        assertThat(page)
                .contains("id=\"grid-room-1\"", "<th scope=\"col\">上午 <span class=\"times\">08:30–12:00</span>");
        assertThat(page).contains("<td class=\"mine\">王建国 <strong class=\"badge\">我</strong></td>", "<td>李秀英</td>");
        assertThat(page).contains("<td class=\"gap\"><strong>空缺</strong></td>", "没有可以值班的成员");
        assertThat(page).contains("停止接待：社区服务中心停电检修", "id=\"month-previous\" href=\"/roster?month=2026-04\"");
        assertThat(page).contains("href=\"/roster/table.xlsx?room=room-1&amp;month=2026-05\"");
        assertThat(page).doesNotContain("id=\"generate-room-1\"", "id=\"coverage\"");
    }

    @Test
    void aDutyMemberSeesTheRosterInTheNavigationButNotTheAdministration() {
        String home = Pages.open("/", 200);

        assertThat(home).contains("href=\"/roster\"").doesNotContain("href=\"/admin\"");
    }

    @Test
    void aDutyMemberWhoOpensTheAdministrationGetsTheFriendly403Page() {
        String page = Pages.open("/admin", 403);
        String members = Pages.open("/admin/members", 403);

        assertThat(page).contains("<h1 id=\"error-title\">没有权限</h1>", "role=\"alert\"", "href=\"/roster\"");
        assertThat(page).doesNotContain("Exception", "at io.", "id=\"admin-sections\"");
        assertThat(members).contains("id=\"error-title\"");
        services.verify(0, getRequestedFor(urlPathMatching("/communities/gulou/members.*")));
    }

    @Test
    void aShiftNotStartedCanBeOfferedForASwapToAnActiveMember() {
        String page = Pages.open(given().queryParam("month", NEXT.toString()), "/roster", 200);

        assertThat(page).contains("id=\"my-shift-s10\"", "id=\"swap-s10\"", "id=\"swap-s10-toMemberId\"");
        assertThat(page).contains("<option value=\"m-li\">李秀英</option>", "<optgroup label=\"李秀英\">");
        assertThat(page).doesNotContain("<option value=\"m-gone\"", "<option value=\"m-wang\"", "id=\"swap-s11\"");
    }

    @Test
    void askingForASwapSendsTheShiftTheMemberAskedAndTheShiftOfferedInExchange() {
        json(post(urlEqualTo("/communities/gulou/swap-requests")), 201, """
                {"id":"sw9","shiftId":"s10","fromMemberId":"m-wang","toMemberId":"m-li","counterShiftId":"s11",
                 "state":"REQUESTED"}""");

        String location = Pages.redirectAfter(
                Pages.form()
                        .formParam("shiftId", "s10")
                        .formParam("toMemberId", "m-li")
                        .formParam("counterShiftId", "s11")
                        .formParam("note", "孩子家长会")
                        .formParam("month", NEXT.toString()),
                "/roster/swaps");

        assertThat(location).endsWith("/roster?month=" + NEXT + "&done=swap-asked#outcome");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/swap-requests"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.shiftId", equalTo("s10")))
                .withRequestBody(matchingJsonPath("$.toMemberId", equalTo("m-li")))
                .withRequestBody(matchingJsonPath("$.counterShiftId", equalTo("s11")))
                .withRequestBody(matchingJsonPath("$.note", equalTo("孩子家长会"))));
    }

    @Test
    void aShiftOfferedInExchangeThatIsNotTheAskedMembersIsRefusedNextToTheFormAndNothingIsSent() {
        String page = Pages.submit(
                Pages.form()
                        .formParam("shiftId", "s10")
                        .formParam("toMemberId", "m-li")
                        .formParam("counterShiftId", "s12")
                        .formParam("month", NEXT.toString()),
                "/roster/swaps",
                400);

        assertThat(page).contains("id=\"swap-s10\" open", "href=\"#swap-s10\"", "data-focus-on-load");
        assertThat(page).contains("id=\"swap-s10-counterShiftId-error\"", "所选的交换班次不是您所请的成员的班次");
        assertThat(page).contains("<option value=\"m-li\" selected>李秀英</option>");
        services.verify(0, postRequestedFor(urlEqualTo("/communities/gulou/swap-requests")));
    }

    @Test
    void aSwapAskedOfMeCanBeAcceptedAndTheAcceptanceIsSentWithMyToken() {
        Gulou.swapRequests("""
                [{"id":"sw1","shiftId":"s2","fromMemberId":"m-li","toMemberId":"m-wang","state":"REQUESTED",
                  "note":"孩子生病","requestedAt":"2026-05-01T01:00:00Z"}]""");
        json(post(urlEqualTo("/communities/gulou/swap-requests/sw1/accept")), """
                {"id":"sw1","shiftId":"s2","fromMemberId":"m-li","toMemberId":"m-wang","state":"ACCEPTED"}""");

        String page = Pages.open(given().queryParam("month", "2026-05"), "/roster", 200);
        String location = Pages.redirectAfter(Pages.form().formParam("month", "2026-05"), "/roster/swaps/sw1/accept");

        assertThat(page).contains("id=\"swaps-for-me\"", "李秀英 请 王建国 代班", "说明：孩子生病", "等待对方答复");
        assertThat(page)
                .contains("id=\"accept-sw1-submit\"", "id=\"decline-sw1-submit\"")
                .doesNotContain("id=\"approve-sw1");
        assertThat(location).endsWith("/roster?month=2026-05&done=swap-accepted#outcome");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/swap-requests/sw1/accept"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void onlyAnAdminMayApproveASwap() {
        Pages.submit(Pages.form().formParam("month", "2026-05"), "/roster/swaps/sw1/approve", 403);

        services.verify(0, postRequestedFor(urlPathMatching("/communities/gulou/swap-requests/.*")));
    }

    @Test
    void myShiftRunningTodayCanBeCheckedInWithMyMemberId() {
        onDutyToday(null);
        json(post(urlEqualTo("/communities/gulou/duty-shifts/s-today/check-in")), """
                {"id":"s-today","memberId":"m-wang","checkedInAt":"2026-05-06T00:25:00Z"}""");

        String page = Pages.open("/roster", 200);
        String location = Pages.redirectAfter(
                Pages.form().formParam("month", YearMonth.from(TODAY).toString()), "/roster/shifts/s-today/check-in");

        assertThat(page).contains("id=\"current-duty\"", "党员会客室 · 全天", "id=\"check-in-submit\"");
        assertThat(location).contains("done=checked-in");
        services.verify(postRequestedFor(urlEqualTo("/communities/gulou/duty-shifts/s-today/check-in"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.memberId", equalTo("m-wang"))));
    }

    @Test
    @TestSecurity(user = "liu", roles = "case-handler")
    @OidcSecurity(
            claims = {
                @Claim(key = "name", value = "刘芳"),
                @Claim(key = "member", value = "m-wang"),
                @Claim(key = "communities", value = "[\"gulou\"]", type = ClaimType.JSON_ARRAY)
            })
    void aCaseHandlerReadsTheRosterButTakesNoDutyActions() {
        String next = Pages.open(given().queryParam("month", NEXT.toString()), "/roster", 200);
        onDutyToday(null);
        String today = Pages.open("/roster", 200);

        assertThat(next).contains("id=\"my-shift-s10\"", "id=\"grid-room-1\"").doesNotContain("id=\"swap-s10\"");
        assertThat(today)
                .contains("id=\"roster-heading\"")
                .doesNotContain("id=\"current-shift\"", "id=\"check-in-submit\"");
    }

    @Test
    void aShiftCheckedInOffersCheckingOut() {
        onDutyToday(
                "\"" + TODAY.atTime(0, 0, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant() + "\"");

        String page = Pages.open("/roster", 200);

        assertThat(page)
                .contains("id=\"check-out-submit\"", "id=\"checked-in-at\"")
                .doesNotContain("id=\"check-in-submit\"");
    }

    @Test
    void aRefusedCheckInIsToldNextToTheFormInWords() {
        onDutyToday(null);
        problem(post(urlEqualTo("/communities/gulou/duty-shifts/s-today/check-in")), 409, """
                {"type":"urn:huike:problem:outside-shift","title":"Conflict","status":409,
                 "detail":"Shift s-today runs 08:30 to 12:00","shiftId":"s-today"}""");

        String page = Pages.submit(
                Pages.form().formParam("month", YearMonth.from(TODAY).toString()),
                "/roster/shifts/s-today/check-in",
                409);

        assertThat(page).contains("id=\"roster-problem\"", "id=\"attendance-problem\"", "只能在班次开始前一小时到结束之间签到");
    }

    @Test
    void thePrintableTableIsFetchedWithTheUsersTokenWhichNeverReachesTheBrowser() {
        byte[] xlsx = {0x50, 0x4b, 0x03, 0x04, 1, 2, 3};
        services.stubFor(get(urlEqualTo("/communities/gulou/rooms/room-1/rosters/2026-05/table.xlsx"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .withBody(xlsx)));

        ExtractableResponse<Response> answer = given().queryParam("room", "room-1")
                .queryParam("month", "2026-05")
                .when()
                .get("/roster/table.xlsx")
                .then()
                .statusCode(200)
                .extract();

        assertThat(answer.asByteArray()).isEqualTo(xlsx);
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"roster-2026-05.xlsx\"");
        assertThat(answer.headers().toString()).doesNotContain("Bearer");
        services.verify(getRequestedFor(urlEqualTo("/communities/gulou/rooms/room-1/rosters/2026-05/table.xlsx"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void aTableOfAMonthNotGeneratedIsAFriendlyNotFound() {
        services.stubFor(get(urlPathMatching("/communities/gulou/rooms/room-1/rosters/2026-06/table.csv"))
                .willReturn(aResponse().withStatus(404)));

        String page = Pages.open(
                given().queryParam("room", "room-1").queryParam("month", "2026-06"), "/roster/table.csv", 404);

        assertThat(page).contains("id=\"error-title\"");
    }

    /** Today's duty: the signed-in member's shift running all day at room 1, checked in at the time given or not. */
    private void onDutyToday(String checkedInAt) {
        json(
                get(urlPathEqualTo("/communities/gulou/duty")).withQueryParam("date", equalTo(TODAY.toString())),
                """
                [{"id":"s-today","roomId":"room-1","date":"%s","shiftCode":"ALL","startTime":"00:00:00",
                  "endTime":"23:59:59","memberId":"m-wang","memberName":"王建国"}]""".formatted(TODAY));
        json(get(urlEqualTo("/communities/gulou/duty-shifts/s-today")), """
                {"id":"s-today","roomId":"room-1","date":"%s","shiftCode":"ALL","startTime":"00:00:00",
                 "endTime":"23:59:59","memberId":"m-wang","checkedInAt":%s}""".formatted(
                        TODAY, checkedInAt == null ? "null" : checkedInAt));
        json(get(urlPathEqualTo("/communities/gulou/rooms")), """
                [{"id":"room-1","name":"党员会客室",
                  "shifts":[{"code":"ALL","name":"全天","startsAt":"00:00:00","endsAt":"23:59:59"}]}]""");
        json(get(urlPathMatching("/communities/gulou/rooms/room-1/rosters/.*")), 404, "");
    }
}
