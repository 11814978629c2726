package io.huike.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.roles.Roles;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SwapAndAttendanceTest {

    private static final String COMMUNITY = "shuiyuan";
    private static final String ADMIN = Fixtures.admin(COMMUNITY);
    private static final String DESK = TestTokens.token(Roles.DUTY_MEMBER, COMMUNITY);

    private static List<Map<String, Object>> may;
    private static List<String> members;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @BeforeEach
    void threeMembersAndAGeneratedMay() {
        if (may != null) {
            return;
        }
        Fixtures.community(COMMUNITY, "SY");
        members = List.of(
                Fixtures.member(COMMUNITY, "马晓东", "13811110001", List.of("MEDIATION")),
                Fixtures.member(COMMUNITY, "马晓南", "13811110002", List.of("RELIEF")),
                Fixtures.member(COMMUNITY, "马晓西", "13811110003", List.of("POLICY")));
        String room = Fixtures.room(COMMUNITY);
        may = given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-05")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("shifts");
    }

    @Test
    void anAcceptedAndApprovedSwapHandsTheShiftOverAndPublishesIt() throws Exception {
        Map<String, Object> shift = shiftOn("2026-05-07", "AM");
        String free = memberOffDutyOn("2026-05-07");

        String swap = ask(shift, free);
        given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/swap-requests/{id}/approve", COMMUNITY, swap)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DESK)
                .post("/communities/{c}/swap-requests/{id}/accept", COMMUNITY, swap)
                .then()
                .statusCode(200)
                .body("state", equalTo("ACCEPTED"));
        given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/swap-requests/{id}/approve", COMMUNITY, swap)
                .then()
                .statusCode(200)
                .body("state", equalTo("APPROVED"));

        given().auth()
                .oauth2(DESK)
                .get("/communities/{c}/duty-shifts/{s}", COMMUNITY, shift.get("id"))
                .then()
                .statusCode(200)
                .body("memberId", equalTo(free));
        var published = TopicRecords.awaitByKey(kafka, "roster-events", (String) shift.get("id"), 2);
        String swapped = published.get(1).value();
        assertThat(EventCatalogue.load().violations(swapped)).isEmpty();
        JsonNode event = new ObjectMapper().readTree(swapped);
        assertThat(event.path("type").asText()).isEqualTo("duty-shift.swapped.v1");
        assertThat(event.path("sequence").asLong()).isEqualTo(2);
        assertThat(event.path("data").path("previousMemberId").asText()).isEqualTo(shift.get("memberId"));
        assertThat(event.path("data").path("memberId").asText()).isEqualTo(free);
    }

    @Test
    void twoMembersExchangeShiftsOnDifferentDays() {
        // Of three members two are on duty each day: the one free on my day takes mine, and I take theirs on a
        // later day when I am free.
        Map<String, Object> mine = may.stream()
                .filter(s -> ((String) s.get("date")).compareTo("2026-05-18") >= 0
                        && !dayOffOf(s).isEmpty())
                .findFirst()
                .orElseThrow();
        String other = memberOffDutyOn((String) mine.get("date"));
        Map<String, Object> theirs = may.stream()
                .filter(s -> s.get("memberId").equals(other) && s.get("date").equals(dayOffOf(mine)))
                .findFirst()
                .orElseThrow();

        String swap = given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "shiftId",
                        mine.get("id"),
                        "toMemberId",
                        theirs.get("memberId"),
                        "counterShiftId",
                        theirs.get("id")))
                .post("/communities/{c}/swap-requests", COMMUNITY)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(DESK)
                .post("/communities/{c}/swap-requests/{id}/accept", COMMUNITY, swap)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/swap-requests/{id}/approve", COMMUNITY, swap)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(DESK)
                .get("/communities/{c}/duty-shifts/{s}", COMMUNITY, mine.get("id"))
                .then()
                .body("memberId", equalTo(theirs.get("memberId")));
        given().auth()
                .oauth2(DESK)
                .get("/communities/{c}/duty-shifts/{s}", COMMUNITY, theirs.get("id"))
                .then()
                .body("memberId", equalTo(mine.get("memberId")));
    }

    @Test
    void leaveOverAScheduledShiftNamesTheShiftToHandOverUntilItIsSwapped() {
        Map<String, Object> shift = shiftOn("2026-05-29", "PM");

        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"firstDay":"2026-05-29","lastDay":"2026-05-29","reason":"病假"}""")
                .post("/communities/{c}/members/{id}/leave", COMMUNITY, shift.get("memberId"))
                .then()
                .statusCode(201)
                .body("shiftsToHandOver", equalTo(List.of(shift.get("id"))));

        given().auth()
                .oauth2(ADMIN)
                .queryParam("from", "2026-05-01")
                .queryParam("to", "2026-05-31")
                .get("/communities/{c}/coverage", COMMUNITY)
                .then()
                .statusCode(200)
                .body("toHandOver.shiftId", equalTo(List.of(shift.get("id"))))
                .body("toHandOver[0].reason", equalTo("ON_LEAVE"));
    }

    @Test
    void theMorningAndAfternoonMembersOfOneDayTradeShifts() {
        Map<String, Object> morning = shiftOn("2026-05-26", "AM");
        Map<String, Object> afternoon = shiftOn("2026-05-26", "PM");

        String swap = given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "shiftId",
                        morning.get("id"),
                        "toMemberId",
                        afternoon.get("memberId"),
                        "counterShiftId",
                        afternoon.get("id")))
                .post("/communities/{c}/swap-requests", COMMUNITY)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(DESK)
                .post("/communities/{c}/swap-requests/{id}/accept", COMMUNITY, swap)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/swap-requests/{id}/approve", COMMUNITY, swap)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(DESK)
                .queryParam("date", "2026-05-26")
                .get("/communities/{c}/duty", COMMUNITY)
                .then()
                .statusCode(200)
                .body("memberId", equalTo(List.of(afternoon.get("memberId"), morning.get("memberId"))));
    }

    @Test
    void aSwapThatWouldPutAMemberOnDutyTwiceADayIsAConflict() {
        Map<String, Object> morning = shiftOn("2026-05-08", "AM");
        Map<String, Object> afternoon = shiftOn("2026-05-08", "PM");

        String swap = ask(morning, (String) afternoon.get("memberId"));
        given().auth()
                .oauth2(DESK)
                .post("/communities/{c}/swap-requests/{id}/accept", COMMUNITY, swap)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/swap-requests/{id}/approve", COMMUNITY, swap)
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:huike:problem:twice-a-day"));
        given().auth()
                .oauth2(DESK)
                .get("/communities/{c}/duty-shifts/{s}", COMMUNITY, morning.get("id"))
                .then()
                .body("memberId", equalTo(morning.get("memberId")));
        given().auth()
                .oauth2(DESK)
                .get("/communities/{c}/swap-requests/{id}", COMMUNITY, swap)
                .then()
                .body("state", equalTo("ACCEPTED"));
    }

    @Test
    void aShiftWithAnOpenRequestTakesNoSecondOne() {
        Map<String, Object> shift = shiftOn("2026-05-11", "PM");
        String free = memberOffDutyOn("2026-05-11");
        ask(shift, free);

        given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body(Map.of("shiftId", shift.get("id"), "toMemberId", free))
                .post("/communities/{c}/swap-requests", COMMUNITY)
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:huike:problem:swap-pending"));
    }

    @Test
    void theMemberOnDutyChecksInOnceWithinTheShiftAndOut() throws Exception {
        Map<String, Object> shift = shiftOn("2026-05-12", "AM");
        String member = (String) shift.get("memberId");
        String other = memberOffDutyOn("2026-05-12");
        at("2026-05-12T08:20:00+08:00");

        given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", other))
                .post("/communities/{c}/duty-shifts/{s}/check-in", COMMUNITY, shift.get("id"))
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:huike:problem:not-on-this-shift"));
        given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", member))
                .post("/communities/{c}/duty-shifts/{s}/check-in", COMMUNITY, shift.get("id"))
                .then()
                .statusCode(200)
                .body("checkedInAt", equalTo("2026-05-12T00:20:00Z"));
        given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", member))
                .post("/communities/{c}/duty-shifts/{s}/check-in", COMMUNITY, shift.get("id"))
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:huike:problem:already-checked-in"));
        at("2026-05-12T12:05:00+08:00");
        given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", member))
                .post("/communities/{c}/duty-shifts/{s}/check-out", COMMUNITY, shift.get("id"))
                .then()
                .statusCode(200)
                .body("checkedOutAt", notNullValue());

        var published = TopicRecords.awaitByKey(kafka, "roster-events", (String) shift.get("id"), 2);
        String checkedIn = published.get(1).value();
        assertThat(EventCatalogue.load().violations(checkedIn)).isEmpty();
        JsonNode data = new ObjectMapper().readTree(checkedIn).path("data");
        assertThat(data.path("late").asBoolean()).isFalse();
        assertThat(data.path("memberId").asText()).isEqualTo(member);
    }

    @Test
    void aCheckInAfterTheShiftEndedIsRefused() {
        Map<String, Object> shift = shiftOn("2026-05-13", "AM");
        at("2026-05-13T13:00:00+08:00");

        given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", shift.get("memberId")))
                .post("/communities/{c}/duty-shifts/{s}/check-in", COMMUNITY, shift.get("id"))
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:huike:problem:outside-shift"));
    }

    @Test
    void anotherCommunitysShiftsAndSwapsAreRefusedOrNotFound() {
        Map<String, Object> shift = shiftOn("2026-05-14", "AM");
        String stranger = TestTokens.token(Roles.COMMUNITY_ADMIN, "nanjie");

        given().auth()
                .oauth2(stranger)
                .get("/communities/{c}/duty-shifts/{s}", COMMUNITY, shift.get("id"))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(stranger)
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", shift.get("memberId")))
                .post("/communities/{c}/duty-shifts/{s}/check-in", "nanjie", shift.get("id"))
                .then()
                .statusCode(404);
    }

    @Test
    void aMembersShiftsAreACalendarThatAPhoneSubscribesToWithoutAToken() {
        at("2026-05-01T08:00:00+08:00");
        String member = members.get(0);
        String url = given().auth()
                .oauth2(memberToken(member))
                .post("/communities/{c}/calendar-feeds/{id}", COMMUNITY, member)
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        long shifts = may.stream().filter(s -> s.get("memberId").equals(member)).count();

        // The URL starts with the configured public base; under test the service answers at the test port.
        String feed = given().get(java.net.URI.create(url).getPath())
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract()
                .asString();

        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n");
        assertThat(feed.split("BEGIN:VEVENT", -1)).hasSize((int) shifts + 1);
        String renewed = given().auth()
                .oauth2(memberToken(member))
                .post("/communities/{c}/calendar-feeds/{id}", COMMUNITY, member)
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        given().get(java.net.URI.create(url).getPath()).then().statusCode(404);
        given().get(java.net.URI.create(renewed).getPath()).then().statusCode(200);
    }

    @Test
    void onlyTheMemberOrACommunityAdminRenewsAFeedWhoseUrlIsThePublicOneWhateverTheHost() {
        String member = members.get(1);
        String own = given().auth()
                .oauth2(memberToken(member))
                .header("Host", "attacker.example")
                .post("/communities/{c}/calendar-feeds/{id}", COMMUNITY, member)
                .then()
                .statusCode(201)
                .header("Location", startsWith("https://roster.huike.test/calendar-feeds/"))
                .extract()
                .path("url");
        assertThat(own).startsWith("https://roster.huike.test/calendar-feeds/").endsWith(".ics");
        String secret = own.substring(own.lastIndexOf('/'));

        given().auth()
                .oauth2(memberToken(members.get(2)))
                .post("/communities/{c}/calendar-feeds/{id}", COMMUNITY, member)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:huike:problem:forbidden"));
        given().auth()
                .oauth2(DESK)
                .post("/communities/{c}/calendar-feeds/{id}", COMMUNITY, member)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/calendar-feeds" + secret).then().statusCode(200);

        String renewedByAdmin = given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/calendar-feeds/{id}", COMMUNITY, member)
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        given().get("/calendar-feeds" + secret).then().statusCode(404);
        given().get("/calendar-feeds" + renewedByAdmin.substring(renewedByAdmin.lastIndexOf('/')))
                .then()
                .statusCode(200);
    }

    /** A duty member's own token: its subject is the member's id. */
    private static String memberToken(String member) {
        return TestTokens.sign(TestTokens.claims(Set.of(Roles.DUTY_MEMBER), List.of(COMMUNITY))
                .subject(member)
                .upn(member));
    }

    private String ask(Map<String, Object> shift, String to) {
        return given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body(Map.of("shiftId", shift.get("id"), "toMemberId", to, "note", "家里有事"))
                .post("/communities/{c}/swap-requests", COMMUNITY)
                .then()
                .statusCode(201)
                .body("state", equalTo("REQUESTED"))
                .extract()
                .path("id");
    }

    private static Map<String, Object> shiftOn(String date, String code) {
        return may.stream()
                .filter(s -> s.get("date").equals(date) && s.get("shiftCode").equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** Of three members and two shifts a day, exactly one is free each day. */
    private static String memberOffDutyOn(String date) {
        List<Object> onDuty = may.stream()
                .filter(s -> s.get("date").equals(date))
                .map(s -> s.get("memberId"))
                .toList();
        return members.stream().filter(m -> !onDuty.contains(m)).findFirst().orElseThrow();
    }

    /** The first later day on which the shift's member is free, so that they can take a shift then. */
    private static String dayOffOf(Map<String, Object> shift) {
        return may.stream()
                .map(s -> (String) s.get("date"))
                .distinct()
                .filter(day -> day.compareTo((String) shift.get("date")) > 0)
                .filter(day -> memberOffDutyOn(day).equals(shift.get("memberId")))
                .findFirst()
                .orElse("");
    }

    private static void at(String moment) {
        QuarkusMock.installMockForType(
                Clock.fixed(OffsetDateTime.parse(moment).toInstant(), ZoneOffset.UTC), Clock.class);
    }
}
