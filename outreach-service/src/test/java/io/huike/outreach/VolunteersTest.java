package io.huike.outreach;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.roles.Roles;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Volunteers over HTTP: hours per person and community, who may be counted, and the events they publish. */
@QuarkusTest
class VolunteersTest {

    private static final String MEMBER = TestTokens.token(Roles.DUTY_MEMBER, "gulou");
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void aSignUpAndAnActivityArePublishedWithTheHoursButNoNamesOrNotes() throws Exception {
        String student = signUp("gulou", "小杨", "[\"辅导功课\",\"电脑\"]");
        String member = signUp("gulou", "王建国", "[]");
        String activity = given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"暑期四点半课堂\",\"heldOn\":\"2025-07-20\",\"description\":\"辅导作业\","
                        + "\"served\":[{\"volunteerId\":\"%s\",\"hours\":2.5},{\"volunteerId\":\"%s\",\"hours\":1}]}"
                                .formatted(student, member))
                .post("/communities/gulou/volunteer-activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<ConsumerRecord<String, String>> signedUp = TopicRecords.awaitByKey(kafka, "outreach-events", student, 1);
        List<ConsumerRecord<String, String>> recorded = TopicRecords.awaitByKey(kafka, "outreach-events", activity, 1);

        EventCatalogue catalogue = EventCatalogue.load();
        assertThat(signedUp).hasSize(1);
        assertThat(recorded).hasSize(1);
        for (ConsumerRecord<String, String> event : List.of(signedUp.get(0), recorded.get(0))) {
            assertThat(catalogue.violations(event.value())).as(event.value()).isEmpty();
            assertThat(event.value())
                    .doesNotContain("小杨")
                    .doesNotContain("工作日下午")
                    .doesNotContain("暑期四点半课堂")
                    .doesNotContain("辅导作业");
        }
        JsonNode volunteer = JSON.readTree(signedUp.get(0).value());
        assertThat(volunteer.path("type").asText()).isEqualTo("volunteer.signed-up.v1");
        assertThat(volunteer.path("community").asText()).isEqualTo("gulou");
        assertThat(volunteer.path("sequence").asLong()).isEqualTo(1);
        assertThat(volunteer.path("data").path("volunteerId").asText()).isEqualTo(student);
        assertThat(volunteer.path("data").path("skills").toString()).isEqualTo("[\"电脑\",\"辅导功课\"]");
        JsonNode held = JSON.readTree(recorded.get(0).value());
        assertThat(held.path("type").asText()).isEqualTo("volunteer-activity.recorded.v1");
        assertThat(held.path("community").asText()).isEqualTo("gulou");
        assertThat(held.path("data").path("heldOn").asText()).isEqualTo("2025-07-20");
        assertThat(held.path("data").path("served").findValuesAsText("volunteerId"))
                .containsExactly(student, member);
        assertThat(held.path("data").path("served").get(0).path("hours").decimalValue())
                .isEqualByComparingTo("2.5");
        assertThat(held.path("data").path("served").get(1).path("hours").decimalValue())
                .isEqualByComparingTo("1");
    }

    @Test
    void aRefusedActivityPublishesNothing() {
        String elsewhere = signUp("xinhua", "李秀英", "[]");
        String student = signUp("gulou", "小杨", "[]");

        given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"清扫楼道\",\"heldOn\":\"2025-08-01\",\"served\":[{\"volunteerId\":\"%s\",\"hours\":1},"
                                .formatted(student)
                        + "{\"volunteerId\":\"%s\",\"hours\":1}]}".formatted(elsewhere))
                .post("/communities/gulou/volunteer-activities")
                .then()
                .statusCode(422);

        // The sign-up that came after the refusal is on the topic, so anything the refusal published would be too.
        String later = signUp("gulou", "小王", "[]");
        TopicRecords.awaitByKey(kafka, "outreach-events", later, 1);
        try (ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics("outreach-events")) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> task.getRecords().stream().anyMatch(r -> later.equals(r.key())));
            assertThat(task.getRecords())
                    .noneMatch(r -> r.value().contains("\"volunteer-activity.recorded.v1\"")
                            && r.value().contains(student));
        }
    }

    @Test
    void hoursAddUpPerVolunteerAndForTheCommunity() {
        String student = signUp("gulou", "小杨", "[\"辅导功课\",\"电脑\"]");
        String member = signUp("gulou", "王建国", "[\"调解\"]");
        float before = given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/volunteer-hours?year=2025")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getFloat("hours");

        record(
                "暑期四点半课堂",
                "2025-07-20",
                "{\"volunteerId\":\"%s\",\"hours\":2.5},{\"volunteerId\":\"%s\",\"hours\":1}"
                        .formatted(student, member));
        record("暑期四点半课堂", "2025-07-27", "{\"volunteerId\":\"%s\",\"hours\":3}".formatted(student));

        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/volunteer-hours?year=2025")
                .then()
                .statusCode(200)
                .body("hours", equalTo(before + 6.5f))
                .body("people.find { it.volunteerId == '%s' }.hours".formatted(student), equalTo(5.5f))
                .body("people.find { it.volunteerId == '%s' }.activities".formatted(student), equalTo(2))
                .body("people.find { it.volunteerId == '%s' }.name".formatted(student), equalTo("小杨"));
        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/volunteers?skill=电脑")
                .then()
                .statusCode(200)
                .body("id", hasItem(student))
                .body("id", not(hasItem(member)));
    }

    @Test
    void aVolunteerOfAnotherCommunityCannotBeCountedHere() {
        String elsewhere = signUp("xinhua", "李秀英", "[]");

        given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"清扫楼道\",\"heldOn\":\"2025-08-01\",\"served\":[{\"volunteerId\":\"%s\",\"hours\":1}]}"
                        .formatted(elsewhere))
                .post("/communities/gulou/volunteer-activities")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/volunteers")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(elsewhere)));
    }

    @Test
    void hoursMustBeHalfHoursUpToADay() {
        String student = signUp("gulou", "小杨", "[]");

        given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"清扫楼道\",\"heldOn\":\"2025-08-01\","
                        + "\"served\":[{\"volunteerId\":\"%s\",\"hours\":25}]}".formatted(student))
                .post("/communities/gulou/volunteer-activities")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("served[0].hours"));
    }

    private static String signUp(String community, String name, String skills) {
        RosterSeed.community(community);
        return given().auth()
                .oauth2(TestTokens.token(Roles.DUTY_MEMBER, community))
                .contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"skills\":%s,\"availability\":\"工作日下午\"}".formatted(name, skills))
                .post("/communities/" + community + "/volunteers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void record(String title, String heldOn, String served) {
        given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"%s\",\"heldOn\":\"%s\",\"served\":[%s]}".formatted(title, heldOn, served))
                .post("/communities/gulou/volunteer-activities")
                .then()
                .statusCode(201);
    }
}
