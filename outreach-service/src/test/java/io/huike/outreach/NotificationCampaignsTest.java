package io.huike.outreach;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.roles.Roles;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Notification campaigns over HTTP: progress by each person's latest contact, and refusals. */
@QuarkusTest
class NotificationCampaignsTest {

    private static final String ADMIN = TestTokens.token(Roles.COMMUNITY_ADMIN, "gulou");
    private static final String MEMBER = TestTokens.token(Roles.DUTY_MEMBER, "gulou");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void aCampaignsProgressCountsEachPersonByTheLatestContact() throws Exception {
        String household = HouseholdsTest.register(ADMIN);
        var launched = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"title":"新冠疫苗第二针提醒","purpose":"逐人提醒接种第二针","dueDate":"2026-07-31",
                         "targets":[{"householdId":"%s"},{"residentName":"李秀英","gridId":"grid-3"},
                                    {"residentName":"杨先生"}]}""".formatted(household))
                .post("/communities/gulou/notification-campaigns")
                .then()
                .statusCode(201)
                .body("progress.targets", equalTo(3))
                .body("progress.notContacted", equalTo(3))
                .body("targets[0].name", equalTo("马大爷"))
                .extract();
        String campaign = launched.path("id");
        List<String> targets = launched.path("targets.id");

        contact(campaign, targets.get(0), "NOT_REACHED", "2026-06-01T01:00:00Z");
        contact(campaign, targets.get(0), "DONE", "2026-06-02T01:00:00Z");
        contact(campaign, targets.get(1), "REFUSED", "2026-06-02T02:00:00Z");

        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/notification-campaigns/" + campaign)
                .then()
                .statusCode(200)
                .body("progress.notContacted", equalTo(1))
                .body("progress.byOutcome.DONE", equalTo(1))
                .body("progress.byOutcome.NOT_REACHED", equalTo(0))
                .body("progress.byOutcome.REFUSED", equalTo(1))
                .body("progress.settled", equalTo(2))
                .body("progress.percentDone", equalTo(33))
                .body("targets[0].outcome", equalTo("DONE"))
                .body("targets[0].contactedBy", equalTo("tester"))
                .body("targets[2].outcome", equalTo(null));

        List<ConsumerRecord<String, String>> events = TopicRecords.awaitByKey(kafka, "outreach-events", campaign, 3);
        for (ConsumerRecord<String, String> event : events) {
            assertThat(EventCatalogue.load().violations(event.value())).isEmpty();
            assertThat(event.value()).doesNotContain("李秀英");
        }
        assertThat(new ObjectMapper()
                        .readTree(events.get(2).value())
                        .path("sequence")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void aTargetNamingNeitherHouseholdNorResidentIsRefused() {
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"t\",\"purpose\":\"p\",\"dueDate\":\"2026-07-31\",\"targets\":[{\"gridId\":\"g\"}]}")
                .post("/communities/gulou/notification-campaigns")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("targets[0].householdOrResident"));
    }

    @Test
    void anotherCommunitysCampaignIsNotFoundForReadsAndContacts() {
        var launched = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"t\",\"purpose\":\"p\",\"dueDate\":\"2026-07-31\","
                        + "\"targets\":[{\"residentName\":\"杨先生\"}]}")
                .post("/communities/gulou/notification-campaigns")
                .then()
                .statusCode(201)
                .extract();
        String xinhua = TestTokens.token(Roles.DUTY_MEMBER, "xinhua");

        given().auth()
                .oauth2(xinhua)
                .get("/communities/xinhua/notification-campaigns/" + launched.path("id"))
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(xinhua)
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"DONE\"}")
                .post("/communities/xinhua/notification-campaigns/%s/targets/%s/contacts"
                        .formatted(launched.path("id"), launched.path("targets[0].id")))
                .then()
                .statusCode(404);
    }

    private static void contact(String campaign, String target, String outcome, String at) {
        given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"%s\",\"contactedAt\":\"%s\"}".formatted(outcome, at))
                .post("/communities/gulou/notification-campaigns/%s/targets/%s/contacts".formatted(campaign, target))
                .then()
                .statusCode(201);
    }
}
