package io.huike.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The volunteer figures from the outreach events on the topic, with known answers: two communities of one district,
 * four volunteers (one signed up on the night of 31 May UTC, which is 1 June in the communities), four activities
 * around May 2026, an activity and a sign-up delivered twice, and an activity arriving before a sign-up of its
 * volunteer.
 */
@QuarkusTest
class VolunteerFiguresTest {

    private static String east;
    private static String west;
    private static String district;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void scriptVolunteers() {
        if (east != null) {
            return;
        }
        east = "ve" + UUID.randomUUID().toString().substring(0, 8);
        west = "vw" + UUID.randomUUID().toString().substring(0, 8);
        district = "D-" + east;
        List<String> applied = new ArrayList<>();
        for (String community : List.of(east, west)) {
            String registered =
                    Envelopes.communityRegistered(community, "社区" + community, "X", "S-" + community, district);
            TopicRecords.publish(kafka, "roster-events", community, registered);
            applied.add(registered);
        }

        String student = UUID.randomUUID().toString();
        String member = UUID.randomUUID().toString();
        String lateJoiner = UUID.randomUUID().toString();
        String westerner = UUID.randomUUID().toString();
        String studentSignedUp = signedUp(east, student, null, "2026-03-10T02:00:00Z");
        publish(student, applied, studentSignedUp, studentSignedUp);
        publish(lateJoiner, applied, signedUp(east, lateJoiner, null, "2026-05-31T17:00:00Z"));
        publish(westerner, applied, signedUp(west, westerner, "m-zhao", "2026-01-01T02:00:00Z"));

        String afterSchool = recorded(east, "2026-05-06", student, "2.5", member, "1.0");
        // Recorded twice by the broker, and before the sign-up of one who served in it.
        publish(UUID.randomUUID().toString(), applied, afterSchool, afterSchool);
        publish(member, applied, signedUp(east, member, "m-wang", "2026-05-20T02:00:00Z"));
        publish(UUID.randomUUID().toString(), applied, recorded(east, "2026-05-27", student, "3"));
        publish(UUID.randomUUID().toString(), applied, recorded(east, "2026-04-15", student, "2"));
        publish(UUID.randomUUID().toString(), applied, recorded(west, "2026-05-10", westerner, "4"));
        ReadModels.awaitApplied(entityManager, applied);
    }

    @Test
    void aCommunitysVolunteersAndHoursOfAMonthCountEachActivityOnce() {
        figures(east, "from", "2026-05-01", "to", "2026-05-31")
                .body("[0].figures.volunteersRegistered", equalTo(2))
                .body("[0].figures.volunteersActive", equalTo(2))
                .body("[0].figures.volunteerActivities", equalTo(2))
                .body("[0].figures.volunteerHours", equalTo(6.5f));
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("outcome=\"duplicate\",type=\"volunteer-activity.recorded.v1\""));
    }

    @Test
    void everyMonthCountsEveryoneWhoSignedUpByItsEndButOnlyWhoServedInIt() {
        figures(east, "from", "2026-04-01", "to", "2026-06-30", "groupBy", "MONTH")
                .body("key", contains("2026-04", "2026-05", "2026-06"))
                .body("figures.volunteersRegistered", contains(1, 2, 3))
                .body("figures.volunteersActive", contains(1, 2, 0))
                .body("figures.volunteerActivities", contains(1, 2, 0))
                .body("figures.volunteerHours", contains(2.0f, 6.5f, 0.0f));
        figures(east, "from", "2026-05-31", "to", "2026-06-01", "groupBy", "DAY")
                .body("figures.volunteersRegistered", contains(2, 3));
    }

    @Test
    void theDistrictAddsItsCommunitiesUpAndACategoryHasNoVolunteers() {
        String supervisor = TestTokens.token(Roles.DISTRICT_SUPERVISOR, east, west);
        given().auth()
                .oauth2(supervisor)
                .queryParam("district", district)
                .queryParam("from", "2026-05-01")
                .queryParam("to", "2026-05-31")
                .queryParam("groupBy", "DISTRICT")
                .get("/figures")
                .then()
                .statusCode(200)
                .body("key", contains(district))
                .body("[0].figures.volunteersRegistered", equalTo(3))
                .body("[0].figures.volunteersActive", equalTo(3))
                .body("[0].figures.volunteerActivities", equalTo(3))
                .body("[0].figures.volunteerHours", equalTo(10.5f));
        given().auth()
                .oauth2(supervisor)
                .queryParam("district", district)
                .queryParam("months", 36)
                .get("/district/trends")
                .then()
                .statusCode(200)
                .body("find { it.key == '2026-05' }.figures.volunteersRegistered", equalTo(3))
                .body("find { it.key == '2026-05' }.figures.volunteerHours", equalTo(10.5f));
        figures(east, "from", "2026-05-01", "to", "2026-05-31", "category", "WATER_DRAINAGE")
                .body("[0].figures.volunteersRegistered", nullValue())
                .body("[0].figures.volunteerHours", nullValue());
    }

    @Test
    void theMonthEndDigestShowsTheMonthsVolunteers() {
        given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, east))
                .get("/digests/" + east + "/2026-05")
                .then()
                .statusCode(200)
                .body("figures.volunteersRegistered", equalTo(2))
                .body("figures.volunteersActive", equalTo(2))
                .body("figures.volunteerHours", equalTo(6.5f));
        given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, east))
                .get("/digests/" + east + "/2026-05/page")
                .then()
                .statusCode(200)
                .body(containsString("<td>志愿服务时长（小时）Volunteer hours</td><td>6.5</td>"));
    }

    @Test
    void aRebuildFromTheTopicsGivesTheSameVolunteerFigures() {
        String before = figures(east, "from", "2026-04-01", "to", "2026-06-30", "groupBy", "MONTH")
                .extract()
                .asString();

        given().auth()
                .oauth2(TestTokens.token(Roles.DISTRICT_SUPERVISOR, east))
                .post("/rebuilds")
                .then()
                .statusCode(200);

        assertThat(figures(east, "from", "2026-04-01", "to", "2026-06-30", "groupBy", "MONTH")
                        .extract()
                        .asString())
                .isEqualTo(before)
                .contains("\"volunteerHours\":6.5");
    }

    private static ValidatableResponse figures(String community, String... params) {
        var request = given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, community))
                .queryParam("community", community);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/figures").then().statusCode(200);
    }

    private void publish(String key, List<String> applied, String... envelopes) {
        TopicRecords.publish(kafka, "outreach-events", key, envelopes);
        applied.addAll(List.of(envelopes));
    }

    private static String signedUp(String community, String volunteer, String memberId, String at) {
        ObjectNode data = Envelopes.data()
                .put("volunteerId", volunteer)
                .put("memberId", memberId)
                .put("signedUpBy", "admin-li")
                .put("signedUpAt", at);
        data.putArray("skills").add("电脑");
        return Envelopes.envelope("outreach-service", community, volunteer, "volunteer.signed-up.v1", 1, data);
    }

    /** An activity held on a day, with pairs of volunteer id and hours. */
    private static String recorded(String community, String heldOn, String... served) {
        String activity = UUID.randomUUID().toString();
        ObjectNode data = Envelopes.data()
                .put("activityId", activity)
                .put("heldOn", heldOn)
                .put("recordedBy", "admin-li")
                .put("recordedAt", heldOn + "T10:00:00Z");
        ArrayNode people = data.putArray("served");
        for (int i = 0; i < served.length; i += 2) {
            people.addObject().put("volunteerId", served[i]).put("hours", new BigDecimal(served[i + 1]));
        }
        return Envelopes.envelope("outreach-service", community, activity, "volunteer-activity.recorded.v1", 1, data);
    }
}
