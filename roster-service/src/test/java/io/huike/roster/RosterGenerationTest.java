package io.huike.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.calendar.OfficialCalendar;
import io.huike.kernel.roles.Roles;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RosterGenerationTest {

    private static final String COMMUNITY = "laocheng";
    private static final String ADMIN = Fixtures.admin(COMMUNITY);
    /** Gulou's 11 staff as the story counts them; six mediate or answer policy questions. */
    private static final List<String> NAMES =
            List.of("王建国", "李秀英", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周芳", "吴军", "徐丽");

    private static String room;
    private static List<String> members;
    private static Set<String> skilled;
    private static String onLeave;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @BeforeEach
    void elevenMembersAndARoom() {
        if (room != null) {
            return;
        }
        Fixtures.community(COMMUNITY, "LC");
        members = new ArrayList<>();
        skilled = new HashSet<>();
        for (int i = 0; i < NAMES.size(); i++) {
            List<String> skills = i % 2 == 0 ? List.of(i % 4 == 0 ? "MEDIATION" : "POLICY") : List.of("RELIEF");
            String id = Fixtures.member(COMMUNITY, NAMES.get(i), "1380000%04d".formatted(i), skills);
            members.add(id);
            if (i % 2 == 0) {
                skilled.add(id);
            }
        }
        String retired = Fixtures.member(COMMUNITY, "退休的老党员", "13900000000", List.of("MEDIATION"));
        String etag = given().auth()
                .oauth2(ADMIN)
                .get("/communities/{c}/members/{id}", COMMUNITY, retired)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Fixtures.memberJson("退休的老党员", "13900000000", List.of("MEDIATION"), false))
                .put("/communities/{c}/members/{id}", COMMUNITY, retired)
                .then()
                .statusCode(200);
        onLeave = members.get(3);
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"firstDay":"2026-05-11","lastDay":"2026-05-15","reason":"年假"}""")
                .post("/communities/{c}/members/{id}/leave", COMMUNITY, onLeave)
                .then()
                .statusCode(201);
        room = Fixtures.room(COMMUNITY);
    }

    @Test
    void may2026CoversEveryWorkingDayFairlyHonoursLeaveAndPublishesEachShift() throws Exception {
        JsonPath roster = given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-05")
                .then()
                .statusCode(201)
                .body("gaps", hasSize(0))
                .extract()
                .jsonPath();

        List<Map<String, Object>> shifts = roster.getList("shifts");
        assertThat(shifts).hasSize(38);
        List<String> days =
                shifts.stream().map(s -> (String) s.get("date")).distinct().toList();
        assertThat(days)
                .hasSize(19)
                .contains("2026-05-06", "2026-05-09")
                .doesNotContain("2026-05-01", "2026-05-02", "2026-05-04", "2026-05-05", "2026-05-10");
        assertEachDayHasBothShiftsNobodyTwiceAndASkilledMember(shifts, days);
        assertThat(shifts)
                .filteredOn(s -> s.get("memberId").equals(onLeave))
                .noneMatch(s -> ((String) s.get("date")).compareTo("2026-05-11") >= 0
                        && ((String) s.get("date")).compareTo("2026-05-15") <= 0);
        Map<String, Long> counts = countsOf(shifts);
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(members);
        assertThat(spread(counts)).isLessThanOrEqualTo(1);

        String firstShift = (String) shifts.get(0).get("id");
        String envelope = TopicRecords.awaitByKey(kafka, "roster-events", firstShift, 1)
                .get(0)
                .value();
        assertThat(EventCatalogue.load().violations(envelope)).isEmpty();
        JsonNode data = new ObjectMapper().readTree(envelope).path("data");
        assertThat(data.path("date").asText()).isEqualTo("2026-05-06");
        assertThat(data.path("shiftCode").asText()).isEqualTo("AM");
        assertThat(data.path("startTime").asText()).isEqualTo("08:30:00");
        assertThat(data.path("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(data.path("roomId").asText()).isEqualTo(room);
    }

    @Test
    void aSecondRoomsRosterNeverPutsAMemberOnDutyTwiceOnADayAcrossRooms() {
        given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-12")
                .then()
                .statusCode(201);
        String annex = Fixtures.room(COMMUNITY);

        given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, annex, "2026-12")
                .then()
                .statusCode(201)
                .body("gaps", hasSize(0));

        for (LocalDate day = LocalDate.of(2026, 12, 1); day.getMonthValue() == 12; day = day.plusDays(1)) {
            List<Object> onDuty = given().auth()
                    .oauth2(ADMIN)
                    .queryParam("date", day.toString())
                    .get("/communities/{c}/duty", COMMUNITY)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("memberId");
            int shifts = OfficialCalendar.official().workingDays().isWorkingDay(day) ? 4 : 0;
            assertThat(onDuty).as(day.toString()).hasSize(shifts).doesNotHaveDuplicates();
        }
    }

    @Test
    void october2026SkipsNationalDayAndWorksTheMakeUpSaturday() {
        List<Map<String, Object>> shifts = given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-10")
                .then()
                .statusCode(201)
                .body("gaps", hasSize(0))
                .extract()
                .jsonPath()
                .getList("shifts");

        List<String> days =
                shifts.stream().map(s -> (String) s.get("date")).distinct().toList();
        assertThat(shifts).hasSize(36);
        assertThat(days).hasSize(18).startsWith("2026-10-08", "2026-10-09", "2026-10-10", "2026-10-12");
        assertEachDayHasBothShiftsNobodyTwiceAndASkilledMember(shifts, days);
        assertThat(spread(countsOf(shifts))).isLessThanOrEqualTo(1);
    }

    @Test
    void generatingAMonthTwiceIsAConflictAndTheFirstRosterStands() {
        given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-06")
                .then()
                .statusCode(201);
        List<Object> first = given().auth()
                .oauth2(ADMIN)
                .get("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-06")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("shifts.id");

        given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-06")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        given().auth()
                .oauth2(ADMIN)
                .get("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-06")
                .then()
                .statusCode(200)
                .body("shifts.id", equalTo(first));
    }

    @Test
    void whoIsOnDutyAtAMomentOrOverADay() {
        given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-07")
                .then()
                .statusCode(201);
        String desk = TestTokens.token(Roles.CASE_HANDLER, COMMUNITY);

        given().auth()
                .oauth2(desk)
                .queryParam("date", "2026-07-01")
                .get("/communities/{c}/duty", COMMUNITY)
                .then()
                .statusCode(200)
                .body("shiftCode", equalTo(List.of("AM", "PM")));
        given().auth()
                .oauth2(desk)
                .queryParam("at", "2026-07-01T09:00:00+08:00")
                .get("/communities/{c}/duty", COMMUNITY)
                .then()
                .statusCode(200)
                .body("shiftCode", equalTo(List.of("AM")))
                .body("[0].memberName", is(in(NAMES)));
        given().auth()
                .oauth2(desk)
                .queryParam("at", "2026-07-01T05:00:00Z")
                .get("/communities/{c}/duty", COMMUNITY)
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().auth()
                .oauth2(desk)
                .queryParam("at", "9am")
                .get("/communities/{c}/duty", COMMUNITY)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("at"));
    }

    @Test
    void theMonthPrintsAsACsvAndAnXlsxTableForTheNoticeBoard() throws Exception {
        given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-09")
                .then()
                .statusCode(201);

        String csv = given().auth()
                .oauth2(ADMIN)
                .get("/communities/{c}/rooms/{r}/rosters/{m}/table.csv", COMMUNITY, room, "2026-09")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        byte[] xlsx = given().auth()
                .oauth2(ADMIN)
                .get("/communities/{c}/rooms/{r}/rosters/{m}/table.xlsx", COMMUNITY, room, "2026-09")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        // September 2026: 22 weekdays, minus Mid-Autumn Friday the 25th, plus make-up Sunday the 20th.
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines).hasSize(23);
        assertThat(lines.get(0)).isEqualTo("\uFEFF日期,星期,上午 08:30–12:00,下午 14:30–17:30");
        assertThat(lines)
                .anyMatch(line -> line.startsWith("2026-09-20,周日,"))
                .noneMatch(line -> line.startsWith("2026-09-25"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("laocheng社区党员会客室 2026年9月值班表");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("上午 08:30–12:00");
            assertThat(sheet.getLastRowNum()).isEqualTo(23);
            assertThat(NAMES).contains(sheet.getRow(2).getCell(2).getStringCellValue());
        }
    }

    @Test
    void aShiftNobodyCanTakeIsReportedAsAGap() {
        Fixtures.community("xiaoqu", "XQ");
        Fixtures.member("xiaoqu", "独自值班", "13811112222", List.of("MEDIATION"));
        String smallRoom = Fixtures.room("xiaoqu");

        given().auth()
                .oauth2(Fixtures.admin("xiaoqu"))
                .post("/communities/{c}/rooms/{r}/rosters/{m}", "xiaoqu", smallRoom, "2026-10")
                .then()
                .statusCode(201)
                .body("shifts", hasSize(18))
                .body("gaps", hasSize(18))
                .body("gaps[0].day", equalTo("2026-10-08"))
                .body("gaps[0].shiftCode", equalTo("PM"))
                .body("gaps[0].reason", equalTo("NO_MEMBER_AVAILABLE"));
    }

    @Test
    void aMonthInAYearWithoutAPublishedScheduleIsRefused() {
        given().auth()
                .oauth2(ADMIN)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2027-01")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:huike:problem:date-outside-calendar"));
    }

    @Test
    void anotherCommunitysRoomHasNoRostersToGenerateOrRead() {
        String stranger = TestTokens.token(Roles.COMMUNITY_ADMIN, "xiaoqu");

        given().auth()
                .oauth2(stranger)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-08")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(stranger)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", "xiaoqu", room, "2026-08")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger)
                .get("/communities/{c}/rooms/{r}", COMMUNITY, room)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(ADMIN)
                .get("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-08")
                .then()
                .statusCode(404);
    }

    private static void assertEachDayHasBothShiftsNobodyTwiceAndASkilledMember(
            List<Map<String, Object>> shifts, List<String> days) {
        for (String day : days) {
            List<Map<String, Object>> ofDay =
                    shifts.stream().filter(s -> s.get("date").equals(day)).toList();
            assertThat(ofDay).as(day).extracting(s -> s.get("shiftCode")).containsExactly("AM", "PM");
            assertThat(ofDay).as(day).extracting(s -> s.get("memberId")).doesNotHaveDuplicates();
            assertThat(ofDay).as(day).anyMatch(s -> skilled.contains((String) s.get("memberId")));
        }
    }

    private static Map<String, Long> countsOf(List<Map<String, Object>> shifts) {
        return shifts.stream().collect(Collectors.groupingBy(s -> (String) s.get("memberId"), Collectors.counting()));
    }

    private static long spread(Map<String, Long> counts) {
        return counts.values().stream().max(Long::compare).orElseThrow()
                - counts.values().stream().min(Long::compare).orElseThrow();
    }
}
