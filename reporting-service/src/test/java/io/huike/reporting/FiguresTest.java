package io.huike.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huike.kernel.roles.Roles;
import io.huike.reporting.cases.CaseFact;
import io.huike.reporting.cases.MonthTallies;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every figure from a scripted May 2026 of one community with known answers: five cases through their lifecycles
 * (one reopened, one a duplicate, one never contacted, one waiting on an outside body), two reception visits, three
 * duty shifts (kept, kept late, missed), a redelivered event of each kind and events arriving out of order.
 */
@QuarkusTest
class FiguresTest {

    private static String mine;
    private static String theirs;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    MonthTallies tallies;

    @BeforeEach
    void scriptMay() {
        if (mine != null) {
            return;
        }
        mine = "m" + UUID.randomUUID().toString().substring(0, 8);
        theirs = "t" + UUID.randomUUID().toString().substring(0, 8);
        List<String> applied = new ArrayList<>();

        String community = Envelopes.communityRegistered(mine, "鼓楼社区", "GL", "S-" + mine, "D-" + mine);
        TopicRecords.publish(kafka, "roster-events", mine, community);
        applied.add(community);

        CaseScript a = new CaseScript(mine)
                .registered(
                        "A-1",
                        "RECEPTION_ROOM",
                        "WATER_DRAINAGE",
                        "g1",
                        "2026-05-06T01:30:00Z",
                        "2026-05-06T16:00:00Z",
                        "2026-05-12T16:00:00Z")
                .assigned("m-wang", "2026-05-06T02:00:00Z")
                .started("2026-05-06T03:00:00Z")
                .referred("11111111-1111-4111-8111-111111111111", "市政维修公司", "2026-05-06T03:10:00Z", "2026-05-15")
                .referralAnswered("11111111-1111-4111-8111-111111111111", "市政维修公司", "2026-05-08T02:00:00Z")
                .resolved("RESOLVED", "2026-05-11T08:00:00Z")
                .feedback("SATISFIED", "2026-05-12T03:00:00Z")
                .closed("2026-05-12T04:00:00Z");
        a.publish(kafka, applied, 1, 2, 3, 4, 5, 6, 7, 8, 3);

        CaseScript b = new CaseScript(mine)
                .registered(
                        "B-2",
                        "PHONE",
                        "SANITATION",
                        "g1",
                        "2026-05-07T02:00:00Z",
                        "2026-05-07T16:00:00Z",
                        "2026-05-14T16:00:00Z")
                .assigned("m-li", "2026-05-07T03:00:00Z")
                .overdue("FIRST_CONTACT", "2026-05-07T16:00:00Z");
        b.publish(kafka, applied, 1, 3, 2);

        CaseScript c = new CaseScript(mine)
                .registered(
                        "C-3",
                        "HOTLINE_12345",
                        "WATER_DRAINAGE",
                        "g2",
                        "2026-05-08T01:00:00Z",
                        "2026-05-08T16:00:00Z",
                        "2026-05-15T16:00:00Z")
                .assigned("m-wang", "2026-05-08T02:00:00Z")
                .started("2026-05-11T02:00:00Z")
                .escalated("2026-05", "涉及多户居民，需两委研究", "2026-05-13T02:00:00Z")
                .escalationAnswered("同意列入老旧小区改造计划", "2026-05-28T08:00:00Z")
                .resolved("PARTLY_RESOLVED", "2026-05-29T02:00:00Z")
                .feedback("BASICALLY_SATISFIED", "2026-05-29T06:00:00Z")
                .closed("2026-05-29T07:00:00Z")
                .reopened("2026-05-30T02:00:00Z", "2026-06-01T16:00:00Z", "2026-06-05T16:00:00Z")
                .started("2026-06-01T01:00:00Z");
        c.publish(kafka, applied, 1, 2, 3, 4, 5, 6, 7, 8, 10, 9);

        CaseScript d = new CaseScript(mine)
                .registered(
                        "D-4",
                        "ONLINE",
                        "SANITATION",
                        null,
                        "2026-05-20T02:00:00Z",
                        "2026-05-20T16:00:00Z",
                        "2026-05-27T16:00:00Z")
                .duplicateOf(a, "2026-05-20T02:30:00Z")
                .assigned("m-wang", "2026-05-20T02:40:00Z")
                .started("2026-05-20T03:00:00Z")
                .resolved("DUPLICATE", "2026-05-20T04:00:00Z")
                .feedback("UNSATISFIED", "2026-05-21T02:00:00Z")
                .closed("2026-05-21T03:00:00Z");
        d.publish(kafka, applied, 1, 2, 3, 4, 5, 6, 7);

        CaseScript f = new CaseScript(mine)
                .registered(
                        "F-5",
                        "GRID_PATROL",
                        "POWER_LINES",
                        "g2",
                        "2026-05-25T02:00:00Z",
                        "2026-05-25T16:00:00Z",
                        "2026-06-01T16:00:00Z")
                .assigned("m-zhao", "2026-05-25T03:00:00Z")
                .started("2026-05-26T01:00:00Z")
                .referred("22222222-2222-4222-8222-222222222222", "供电公司", "2026-05-26T02:00:00Z", "2026-06-10");
        f.publish(kafka, applied, 1, 2, 3, 4);

        String visit1 = visit("2026-05-06T01:30:00Z", 3, a.caseId);
        String visit2 = visit("2026-05-20T01:00:00Z", 2);
        TopicRecords.publish(kafka, "case-events", Envelopes.idOf(visit1), visit1, visit1);
        TopicRecords.publish(kafka, "case-events", Envelopes.idOf(visit2), visit2);
        applied.add(visit1);
        applied.add(visit2);

        String early = UUID.randomUUID().toString();
        String[] kept = {
            shift(early, "duty-shift.scheduled.v1", 1, "m-wang", "2026-05-06", null),
            shift(early, "duty-shift.swapped.v1", 2, "m-li", "2026-05-06", null),
            shift(early, "duty.checked-in.v1", 3, "m-li", "2026-05-06", false)
        };
        TopicRecords.publish(kafka, "roster-events", early, kept[2], kept[0], kept[1]);
        String late = UUID.randomUUID().toString();
        String[] lateShift = {
            shift(late, "duty-shift.scheduled.v1", 1, "m-zhao", "2026-05-07", null),
            shift(late, "duty.checked-in.v1", 2, "m-zhao", "2026-05-07", true)
        };
        TopicRecords.publish(kafka, "roster-events", late, lateShift);
        String missed = UUID.randomUUID().toString();
        String missedShift = shift(missed, "duty-shift.scheduled.v1", 1, "m-wang", "2026-05-08", null);
        TopicRecords.publish(kafka, "roster-events", missed, missedShift);
        applied.addAll(List.of(kept));
        applied.addAll(List.of(lateShift));
        applied.add(missedShift);

        ReadModels.awaitApplied(entityManager, applied);
    }

    @Test
    void everyFigureOfTheMonthHasItsKnownValue() {
        figures("from", "2026-05-01", "to", "2026-05-31")
                .body("", hasSize(1))
                .body("[0].key", equalTo("all"))
                .body("[0].figures.registered", equalTo(5))
                .body("[0].figures.open", equalTo(3))
                .body("[0].figures.closed", equalTo(2))
                .body("[0].figures.overdue", equalTo(3))
                .body("[0].figures.outcomes.RESOLVED", equalTo(1))
                .body("[0].figures.outcomes.DUPLICATE", equalTo(1))
                .body("[0].figures.outcomes.size()", equalTo(2))
                .body("[0].figures.receptionVisits", equalTo(2))
                .body("[0].figures.personsReceived", equalTo(5))
                .body("[0].figures.escalated", equalTo(1))
                .body("[0].figures.referralsOut", equalTo(2))
                .body("[0].figures.referralsAnswered", equalTo(1))
                .body("[0].figures.reopened", equalTo(1))
                .body("[0].figures.deadlinesMissed", equalTo(1))
                .body("[0].figures.firstContactsDue", equalTo(5))
                .body("[0].figures.firstContactsOnTime", equalTo(3))
                .body("[0].figures.responseRate", equalTo(0.6f))
                .body("[0].figures.resolutionsDue", equalTo(4))
                .body("[0].figures.resolved", equalTo(1))
                .body("[0].figures.resolutionRate", equalTo(0.25f))
                .body("[0].figures.feedbackGiven", equalTo(2))
                .body("[0].figures.satisfied", equalTo(1))
                .body("[0].figures.satisfactionRate", equalTo(0.5f))
                .body("[0].figures.averageWorkingDaysToFirstContact", equalTo(0.5f))
                // A: 7, 8, 9 (the Labour Day make-up Saturday), 11 and 12 May; D: one day.
                .body("[0].figures.averageWorkingDaysToFeedback", equalTo(3.0f))
                .body("[0].figures.dutyShiftsPlanned", equalTo(3))
                .body("[0].figures.dutyShiftsDue", equalTo(3))
                .body("[0].figures.dutyShiftsKept", equalTo(2))
                .body("[0].figures.dutyShiftsLate", equalTo(1))
                .body("[0].figures.dutyKeptRate", equalTo(0.6667f));
    }

    @Test
    void figuresSplitByCategoryChannelDayMonthAndPlace() {
        figures("from", "2026-05-01", "to", "2026-05-31", "category", "SANITATION")
                .body("[0].figures.registered", equalTo(2))
                .body("[0].figures.open", equalTo(1))
                .body("[0].figures.deadlinesMissed", equalTo(1))
                .body("[0].figures.receptionVisits", nullValue())
                .body("[0].figures.dutyShiftsPlanned", nullValue());
        figures("from", "2026-05-01", "to", "2026-05-31", "groupBy", "CHANNEL")
                .body("key", contains("GRID_PATROL", "HOTLINE_12345", "ONLINE", "PHONE", "RECEPTION_ROOM"))
                .body("figures.registered", contains(1, 1, 1, 1, 1));
        figures("from", "2026-05-01", "to", "2026-05-31", "groupBy", "DAY")
                .body("", hasSize(31))
                .body("find { it.key == '2026-05-06' }.figures.registered", equalTo(1))
                .body("find { it.key == '2026-05-06' }.figures.personsReceived", equalTo(3))
                .body("find { it.key == '2026-05-06' }.figures.referralsOut", equalTo(1))
                .body("find { it.key == '2026-05-08' }.figures.deadlinesMissed", equalTo(1))
                .body("find { it.key == '2026-05-06' }.figures.dutyShiftsKept", equalTo(1))
                .body("find { it.key == '2026-05-08' }.figures.dutyShiftsKept", equalTo(0));
        figures("from", "2026-05-01", "to", "2026-06-30", "groupBy", "MONTH")
                .body("key", contains("2026-05", "2026-06"))
                .body("figures.registered", contains(5, 0));
        figures("from", "2026-05-01", "to", "2026-05-31", "groupBy", "SUBDISTRICT", "subdistrict", "S-" + mine)
                .body("key", contains("S-" + mine))
                .body("[0].figures.registered", equalTo(5));
        figures("from", "2026-05-01", "to", "2026-05-31", "groupBy", "DISTRICT").body("key", contains("D-" + mine));
    }

    @Test
    void aDistrictSupervisorComparesOnlyTheCommunitiesInScope() {
        String both = TestTokens.token(Roles.DISTRICT_SUPERVISOR, mine, theirs);
        given().auth()
                .oauth2(both)
                .queryParam("from", "2026-05-01")
                .queryParam("to", "2026-05-31")
                .queryParam("groupBy", "COMMUNITY")
                .get("/figures")
                .then()
                .statusCode(200)
                .body("key", containsInAnyOrder(mine, theirs))
                .body("find { it.key == '" + mine + "' }.name", equalTo("鼓楼社区"))
                .body("find { it.key == '" + theirs + "' }.figures.registered", equalTo(0));
        given().auth()
                .oauth2(both)
                .queryParam("month", "2026-05")
                .get("/district/rankings")
                .then()
                .statusCode(200)
                .body("byResponseRate.communityId", contains(mine, theirs))
                .body("byResponseRate.rank", contains(1, null))
                .body("bySatisfactionRate[0].rate", equalTo(0.5f));
        given().auth()
                .oauth2(both)
                .queryParam("community", mine)
                .get("/district/overdue-work")
                .then()
                .statusCode(200)
                .body("assigneeId", containsInAnyOrder("m-li", "m-wang", "m-zhao"))
                .body("overdueCases", contains(1, 1, 1));
        given().auth()
                .oauth2(both)
                .queryParam("months", 12)
                .get("/district/trends")
                .then()
                .statusCode(200)
                .body("", hasSize(12));

        String onlyTheirs = TestTokens.token(Roles.DISTRICT_SUPERVISOR, theirs);
        given().auth()
                .oauth2(onlyTheirs)
                .queryParam("community", mine)
                .get("/figures")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(onlyTheirs)
                .queryParam("from", "2026-05-01")
                .queryParam("to", "2026-05-31")
                .queryParam("groupBy", "COMMUNITY")
                .get("/figures")
                .then()
                .statusCode(200)
                .body("key", contains(theirs));
        given().auth()
                .oauth2(onlyTheirs)
                .get("/digests/" + mine + "/2026-05")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void inTheCurrentMonthOnlyTheShiftsUpToTodayAreDue() {
        String community = "d" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(CaseFact.ZONE);
        YearMonth month = YearMonth.from(today);
        List<String> shifts = new ArrayList<>();
        for (LocalDate day : List.of(month.atDay(1), today, month.atEndOfMonth())) {
            String shiftId = UUID.randomUUID().toString();
            shifts.add(shift(community, shiftId, "duty-shift.scheduled.v1", 1, "m-wang", day.toString(), null));
            TopicRecords.publish(kafka, "roster-events", shiftId, shifts.get(shifts.size() - 1));
        }
        ReadModels.awaitApplied(entityManager, shifts);
        // Due: the shifts of the first day and of today, and that of the last day once it is today.
        long due = Stream.of(month.atDay(1), today, month.atEndOfMonth())
                .filter(day -> !day.isAfter(today))
                .count();

        given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, community))
                .queryParam("from", month.atDay(1).toString())
                .queryParam("to", month.atEndOfMonth().toString())
                .get("/figures")
                .then()
                .statusCode(200)
                .body("[0].figures.dutyShiftsPlanned", equalTo(3))
                .body("[0].figures.dutyShiftsDue", equalTo((int) due));
    }

    @Test
    void aBadPeriodIsRefusedNamingTheField() {
        figures(400, "from", "2026-05-31", "to", "2026-05-01").body("errors[0].field", equalTo("to"));
        figures(400, "from", "2024-01-01", "to", "2026-05-01", "groupBy", "DAY").body("errors[0].field", equalTo("to"));
    }

    @Test
    void theMonthEndDigestListsWhatTheMeetingMustSee() {
        given().auth()
                .oauth2(admin())
                .get("/digests/" + mine + "/2026-05")
                .then()
                .statusCode(200)
                .body("communityName", equalTo("鼓楼社区"))
                .body("asOf", equalTo("2026-05-31T16:00:00Z"))
                .body("figures.registered", equalTo(5))
                .body("open.trackingNumber", contains("B-2", "C-3", "F-5"))
                .body("overdue.trackingNumber", contains("B-2"))
                .body("escalated.trackingNumber", contains("C-3"))
                .body("escalated[0].reason", equalTo("涉及多户居民，需两委研究"))
                .body("escalated[0].decision", equalTo("同意列入老旧小区改造计划"))
                .body("referralsWaiting.trackingNumber", contains("F-5"))
                .body("referralsWaiting[0].body", equalTo("供电公司"))
                .body("referralsWaiting[0].expectedReplyBy", equalTo("2026-06-10"))
                .body("hottestCategories.key", contains("SANITATION", "WATER_DRAINAGE", "POWER_LINES"))
                .body("hottestCategories.cases", contains(2, 2, 1))
                .body("hottestGrids.key", contains("g1", "g2"))
                .body("dueNextMonth.trackingNumber", contains("F-5", "C-3"));
    }

    @Test
    void theDigestPrintsAsAPageAndDownloadsAsAWorkbook() throws Exception {
        given().auth()
                .oauth2(admin())
                .get("/digests/" + mine + "/2026-05/page")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("鼓楼社区 2026-05 月末会议议题"))
                .body(containsString("涉及多户居民，需两委研究"));

        byte[] xlsx = given().auth()
                .oauth2(admin())
                .get("/digests/" + mine + "/2026-05/workbook")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString(".xlsx"))
                .extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(8);
            assertThat(workbook.getSheetAt(4).getRow(2).getCell(2).getStringCellValue())
                    .isEqualTo("供电公司");
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("5");
        }
    }

    @Test
    void aRebuildFromTheTopicsGivesTheSameFigures() {
        String before = figures("from", "2026-05-01", "to", "2026-05-31", "groupBy", "CHANNEL")
                .extract()
                .asString();

        given().auth()
                .oauth2(TestTokens.token(Roles.DISTRICT_SUPERVISOR, mine))
                .post("/rebuilds")
                .then()
                .statusCode(200)
                .body("events", org.hamcrest.Matchers.greaterThanOrEqualTo(35));

        assertThat(figures("from", "2026-05-01", "to", "2026-05-31", "groupBy", "CHANNEL")
                        .extract()
                        .asString())
                .isEqualTo(before);
    }

    @Test
    void theMonthTalliesKeptEventByEventEqualThoseComputedAgainFromTheRows() {
        List<String> kept = ReadModels.monthTallies(entityManager, mine);

        ReadModels.recomputeMonthTallies(entityManager, tallies, mine);

        assertThat(kept).isNotEmpty();
        assertThat(ReadModels.monthTallies(entityManager, mine)).isEqualTo(kept);
    }

    private static String visit(String at, int people, String... caseIds) {
        String visitId = UUID.randomUUID().toString();
        ObjectNode data = Envelopes.data()
                .put("visitId", visitId)
                .put("roomId", "room-1")
                .put("visitedAt", at)
                .put("dutyMemberId", "m-wang")
                .put("peopleCount", people)
                .put("recordedAt", at);
        var ids = data.putArray("caseIds");
        for (String id : caseIds) {
            ids.add(id);
        }
        return Envelopes.envelope("case-service", mine, visitId, "reception-visit.recorded.v1", 1, data);
    }

    private static String shift(String shiftId, String type, long sequence, String member, String date, Boolean late) {
        return shift(mine, shiftId, type, sequence, member, date, late);
    }

    private static String shift(
            String community, String shiftId, String type, long sequence, String member, String date, Boolean late) {
        ObjectNode data = Envelopes.data()
                .put("shiftId", shiftId)
                .put("rosterId", UUID.randomUUID().toString())
                .put("roomId", UUID.randomUUID().toString())
                .put("memberId", member)
                .put("date", date)
                .put("shiftCode", "AM")
                .put("startTime", "08:30:00")
                .put("endTime", "12:00:00")
                .put("zone", "Asia/Shanghai");
        if (late != null) {
            data.put("checkedInAt", date + "T00:35:00Z").put("late", late);
        }
        return Envelopes.envelope("roster-service", community, shiftId, type, sequence, data);
    }

    private static String admin() {
        return TestTokens.token(Roles.COMMUNITY_ADMIN, mine);
    }

    private static ValidatableResponse figures(String... params) {
        return figures(200, params);
    }

    private static ValidatableResponse figures(int status, String... params) {
        var request = given().auth().oauth2(admin());
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/figures").then().statusCode(status);
    }
}
