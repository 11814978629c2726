package io.huike.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.roles.Roles;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkingDayCalendarTest {

    private static final String CLOSED = "ximen";
    private static final String OPEN = "dongmen";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @BeforeEach
    void communitiesExist() {
        Fixtures.community(CLOSED, "XM");
        Fixtures.community(OPEN, "DM");
    }

    @Test
    void theOfficialCalendarAnswersForEveryCommunity() {
        String desk = TestTokens.token(Roles.INTEGRATION_CLIENT, OPEN);

        given().auth()
                .oauth2(desk)
                .get("/communities/{c}/calendar/days/{d}", OPEN, "2026-10-10")
                .then()
                .statusCode(200)
                .body("workingDay", equalTo(true))
                .body("kind", equalTo("MAKEUP_WORKDAY"))
                .body("name", equalTo("国庆节"));
        given().auth()
                .oauth2(desk)
                .get("/communities/{c}/calendar/days/{d}", OPEN, "2026-10-05")
                .then()
                .statusCode(200)
                .body("workingDay", equalTo(false))
                .body("kind", equalTo("HOLIDAY"));
        given().auth()
                .oauth2(desk)
                .queryParam("n", 5)
                .get("/communities/{c}/calendar/days/{d}/working-day-after", OPEN, "2026-09-30")
                .then()
                .statusCode(200)
                .body("date", equalTo("2026-10-13"));
    }

    @Test
    void aClosureIsPublishedAndSkippedByThatCommunitysWorkingDaysOnly() throws Exception {
        String admin = Fixtures.admin(CLOSED);

        String closureId = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("""
                        {"date":"2026-10-09","reason":"社区服务中心停电检修"}""")
                .post("/communities/{c}/calendar/closures", CLOSED)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String envelope = TopicRecords.awaitByKey(kafka, "roster-events", closureId, 1)
                .get(0)
                .value();
        assertThat(EventCatalogue.load().violations(envelope)).isEmpty();
        var data = new ObjectMapper().readTree(envelope).path("data");
        assertThat(data.path("date").asText()).isEqualTo("2026-10-09");
        assertThat(data.path("reason").asText()).isEqualTo("社区服务中心停电检修");

        given().auth()
                .oauth2(admin)
                .get("/communities/{c}/calendar/days/{d}", CLOSED, "2026-10-09")
                .then()
                .statusCode(200)
                .body("workingDay", equalTo(false))
                .body("kind", equalTo("LOCAL_CLOSURE"));
        given().auth()
                .oauth2(admin)
                .queryParam("n", 5)
                .get("/communities/{c}/calendar/days/{d}/working-day-after", CLOSED, "2026-09-30")
                .then()
                .statusCode(200)
                .body("date", equalTo("2026-10-14"));
        given().auth()
                .oauth2(Fixtures.admin(OPEN))
                .get("/communities/{c}/calendar/days/{d}", OPEN, "2026-10-09")
                .then()
                .statusCode(200)
                .body("workingDay", equalTo(true));
    }

    @Test
    void closingTheSameDayTwiceIsAConflictAndClosingAHolidayIsRefused() {
        String admin = Fixtures.admin(CLOSED);
        String closure = """
                {"date":"2026-11-20","reason":"社区换届选举"}""";
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(closure)
                .post("/communities/{c}/calendar/closures", CLOSED)
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(closure)
                .post("/communities/{c}/calendar/closures", CLOSED)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("""
                        {"date":"2026-10-02","reason":"国庆"}""")
                .post("/communities/{c}/calendar/closures", CLOSED)
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:huike:problem:not-a-working-day"));
    }

    @Test
    void aMissingOrUnreadableCountIsABadRequestNamingN() {
        String desk = TestTokens.token(Roles.DUTY_MEMBER, OPEN);

        given().auth()
                .oauth2(desk)
                .get("/communities/{c}/calendar/days/{d}/working-day-after", OPEN, "2026-09-30")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("n"));
        given().auth()
                .oauth2(desk)
                .queryParam("n", "five")
                .get("/communities/{c}/calendar/days/{d}/working-day-after", OPEN, "2026-09-30")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("n"));
        given().auth()
                .oauth2(desk)
                .queryParam("n", -1)
                .get("/communities/{c}/calendar/days/{d}/working-day-after", OPEN, "2026-09-30")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("n"));
    }

    @Test
    void aYearWithoutAPublishedScheduleIsAProblemNotAGuess() {
        given().auth()
                .oauth2(Fixtures.admin(OPEN))
                .get("/communities/{c}/calendar/days/{d}", OPEN, "2027-01-04")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:huike:problem:date-outside-calendar"));
    }

    @Test
    void anotherCommunitysCalendarIsRefused() {
        String stranger = TestTokens.token(Roles.COMMUNITY_ADMIN, OPEN);

        given().auth()
                .oauth2(stranger)
                .get("/communities/{c}/calendar/closures", CLOSED)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(stranger)
                .contentType(ContentType.JSON)
                .body("""
                        {"date":"2026-11-23","reason":"x"}""")
                .post("/communities/{c}/calendar/closures", CLOSED)
                .then()
                .statusCode(403);
    }
}
