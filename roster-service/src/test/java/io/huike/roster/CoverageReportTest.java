package io.huike.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoverageReportTest {

    private static final String COMMUNITY = "gaoxin";

    @Test
    void gapsUngeneratedMonthsOverloadAndShiftsOfADeactivatedMemberAreReported() {
        Fixtures.community(COMMUNITY, "GX");
        String admin = Fixtures.admin(COMMUNITY);
        String alone = Fixtures.member(COMMUNITY, "孙志刚", "13822223333", List.of("MEDIATION"));
        String away = Fixtures.member(COMMUNITY, "孙丽", "13822224444", List.of());
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("""
                        {"firstDay":"2026-10-01","lastDay":"2026-10-31","reason":"外出培训"}""")
                .post("/communities/{c}/members/{id}/leave", COMMUNITY, away)
                .then()
                .statusCode(201);
        String room = Fixtures.room(COMMUNITY);
        given().auth()
                .oauth2(admin)
                .post("/communities/{c}/rooms/{r}/rosters/{m}", COMMUNITY, room, "2026-10")
                .then()
                .statusCode(201);
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC), Clock.class);

        given().auth()
                .oauth2(admin)
                .queryParam("from", "2026-10-01")
                .queryParam("to", "2026-11-30")
                .get("/communities/{c}/coverage", COMMUNITY)
                .then()
                .statusCode(200)
                .body("uncovered", hasSize(18))
                .body("uncovered[0].day", equalTo("2026-10-08"))
                .body("uncovered[0].shiftCode", equalTo("PM"))
                .body("notGenerated", hasSize(1))
                .body("notGenerated[0].month", equalTo("2026-11"))
                .body("overloaded", hasSize(1))
                .body("overloaded[0].memberId", equalTo(alone))
                .body("overloaded[0].shifts", equalTo(18))
                .body("overloaded[0].fairShare", equalTo(9))
                .body("attendance.ended", equalTo(18))
                .body("attendance.checkedIn", equalTo(0))
                .body("toHandOver", hasSize(0));

        String etag = given().auth()
                .oauth2(admin)
                .get("/communities/{c}/members/{id}", COMMUNITY, alone)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Fixtures.memberJson("孙志刚", "13822223333", List.of("MEDIATION"), false))
                .put("/communities/{c}/members/{id}", COMMUNITY, alone)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(admin)
                .queryParam("from", "2026-10-01")
                .queryParam("to", "2026-10-31")
                .get("/communities/{c}/coverage", COMMUNITY)
                .then()
                .statusCode(200)
                .body("toHandOver", hasSize(18))
                .body("toHandOver[0].reason", equalTo("INACTIVE"));
    }

    @Test
    void anUnreadableDateOrAPeriodEndingBeforeItStartsIsRefused() {
        Fixtures.community(COMMUNITY, "GX");

        given().auth()
                .oauth2(Fixtures.admin(COMMUNITY))
                .queryParam("from", "2026-10-31")
                .queryParam("to", "2026-10-01")
                .get("/communities/{c}/coverage", COMMUNITY)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().auth()
                .oauth2(Fixtures.admin(COMMUNITY))
                .queryParam("from", "last monday")
                .get("/communities/{c}/coverage", COMMUNITY)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
