package io.huike.outreach;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.roles.Roles;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Pairings over HTTP: the four ones through a year, reminders, ending, and the events they publish. */
@QuarkusTest
class PairingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = TestTokens.token(Roles.COMMUNITY_ADMIN, "gulou");
    private static final String MEMBER = TestTokens.token(Roles.DUTY_MEMBER, "gulou");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void aPairingThroughAYearOwesTheFourOnesUntilEachIsDone() throws Exception {
        String member = newMember();
        String pairing = establish(member, HouseholdsTest.register(ADMIN), "2026-01-05");

        record(pairing, "HOME_VISIT_WITH_SUPPORT", "2026-02-10");
        record(pairing, "HEART_TO_HEART_TALK", "2026-03-15");
        record(pairing, "OTHER_VISIT", "2026-04-01");

        given().auth()
                .oauth2(ADMIN)
                .get("/communities/gulou/four-ones/owing?by=2026-06-30")
                .then()
                .statusCode(200)
                .body(
                        "find { it.pairingId == '%s' }.owing".formatted(pairing),
                        containsInAnyOrder("RECEPTION_INTERVIEW", "STUDY_DELIVERY"));
        given().auth()
                .oauth2(ADMIN)
                .get("/communities/gulou/four-ones/owing?by=2026-03-01")
                .then()
                .statusCode(200)
                .body(
                        "find { it.pairingId == '%s' }.owing".formatted(pairing),
                        containsInAnyOrder("HEART_TO_HEART_TALK", "RECEPTION_INTERVIEW", "STUDY_DELIVERY"));

        record(pairing, "RECEPTION_INTERVIEW", "2026-07-20");
        record(pairing, "STUDY_DELIVERY", "2026-09-01");

        given().auth()
                .oauth2(ADMIN)
                .get("/communities/gulou/four-ones/owing?by=2026-10-01")
                .then()
                .statusCode(200)
                .body("pairingId", not(hasItem(pairing)));
        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/four-ones/pairings/" + pairing + "?year=2026")
                .then()
                .statusCode(200)
                .body("complete", equalTo(true))
                .body("done.HOME_VISIT_WITH_SUPPORT", equalTo("2026-02-10"))
                .body("owing.size()", equalTo(0));
        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/four-ones/members/" + member + "?year=2026")
                .then()
                .statusCode(200)
                .body("summary.pairings", equalTo(1))
                .body("summary.complete", equalTo(1))
                .body("summary.percentDone", equalTo(100));
        given().auth()
                .oauth2(ADMIN)
                .get("/communities/gulou/four-ones?year=2026")
                .then()
                .statusCode(200)
                .body("members.find { it.memberId == '%s' }.summary.onesDone".formatted(member), equalTo(4));

        List<ConsumerRecord<String, String>> events = TopicRecords.awaitByKey(kafka, "outreach-events", pairing, 6);
        EventCatalogue catalogue = EventCatalogue.load();
        for (ConsumerRecord<String, String> event : events) {
            assertThat(catalogue.violations(event.value())).as(event.value()).isEmpty();
        }
        List<JsonNode> envelopes = events.stream().map(PairingsTest::read).toList();
        assertThat(envelopes)
                .extracting(e -> e.path("type").asText())
                .containsExactly(
                        "pairing.established.v1",
                        "outreach-activity.recorded.v1",
                        "outreach-activity.recorded.v1",
                        "outreach-activity.recorded.v1",
                        "outreach-activity.recorded.v1",
                        "outreach-activity.recorded.v1");
        assertThat(envelopes).extracting(e -> e.path("sequence").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(envelopes.get(1).path("data").has("notes")).isFalse();
    }

    @Test
    void remindersPutThePairingOwingMostPerDayLeftFirst() {
        String owingAll = establish(newMember(), HouseholdsTest.register(ADMIN), "2026-01-05");
        String member = newMember();
        String owingOne = establish(member, HouseholdsTest.register(ADMIN), "2026-01-05");
        record(owingOne, "HEART_TO_HEART_TALK", "2026-02-01");
        record(owingOne, "HOME_VISIT_WITH_SUPPORT", "2026-02-01");
        record(owingOne, "RECEPTION_INTERVIEW", "2026-02-01");

        List<String> order = given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/four-ones/reminders?on=2026-11-20")
                .then()
                .statusCode(200)
                .body("find { it.pairingId == '%s' }.urgency".formatted(owingAll), equalTo("URGENT"))
                .body("find { it.pairingId == '%s' }.urgency".formatted(owingOne), equalTo("SOON"))
                .extract()
                .path("pairingId");

        assertThat(order.indexOf(owingAll)).isLessThan(order.indexOf(owingOne));
        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/four-ones/reminders?on=2026-11-20&memberId=" + member)
                .then()
                .statusCode(200)
                .body("pairingId", containsInAnyOrder(owingOne));
    }

    @Test
    void endingAPairingNeedsItsVersionAndIsPublished() {
        String household = HouseholdsTest.register(ADMIN);
        String member = newMember();
        String pairing = establish(member, household, "2026-01-05");
        String end = "{\"endDate\":\"2026-09-30\",\"reason\":\"HOUSEHOLD_MOVED_AWAY\"}";

        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(end)
                .post("/communities/gulou/pairings/" + pairing + "/end")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(end)
                .post("/communities/gulou/pairings/" + pairing + "/end")
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("endDate", equalTo("2026-09-30"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(end)
                .post("/communities/gulou/pairings/" + pairing + "/end")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"STUDY_DELIVERY\",\"doneOn\":\"2026-10-02\"}")
                .post("/communities/gulou/pairings/" + pairing + "/activities")
                .then()
                .statusCode(422);

        List<ConsumerRecord<String, String>> events = TopicRecords.awaitByKey(kafka, "outreach-events", pairing, 2);
        JsonNode ended = read(events.get(1));
        assertThat(ended.path("type").asText()).isEqualTo("pairing.ended.v1");
        assertThat(ended.path("sequence").asLong()).isEqualTo(2);
        assertThat(EventCatalogue.load().violations(events.get(1).value())).isEmpty();
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(pairingRequest(member, household, "2026-09-30"))
                .post("/communities/gulou/pairings")
                .then()
                .statusCode(409);
        establish(member, household, "2026-10-01");
    }

    @Test
    void aMemberIsPairedWithAHouseholdOnlyOnceAtATimeWhileAHouseholdMayHaveSeveralMembers() {
        String household = HouseholdsTest.register(ADMIN);
        String member = newMember();
        establish(member, household, "2026-01-05");
        establish(newMember(), household, "2026-01-05");

        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(pairingRequest(member, household, "2026-02-01"))
                .post("/communities/gulou/pairings")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aDayInTheFutureIsRefused() {
        String pairing = establish(newMember(), HouseholdsTest.register(ADMIN), "2026-01-05");

        given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"STUDY_DELIVERY\",\"doneOn\":\"2999-01-01\"}")
                .post("/communities/gulou/pairings/" + pairing + "/activities")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("doneOn"));
    }

    @Test
    void anotherCommunitysPairingIsNotFoundForReadsAndWrites() {
        String pairing = establish(newMember(), HouseholdsTest.register(ADMIN), "2026-01-05");
        String xinhua = TestTokens.token(Roles.COMMUNITY_ADMIN, "xinhua");

        given().auth()
                .oauth2(xinhua)
                .get("/communities/xinhua/pairings/" + pairing)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(xinhua)
                .get("/communities/xinhua/four-ones/pairings/" + pairing)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(xinhua)
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"STUDY_DELIVERY\",\"doneOn\":\"2026-03-01\"}")
                .post("/communities/xinhua/pairings/" + pairing + "/activities")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(xinhua)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"endDate\":\"2026-09-30\",\"reason\":\"OTHER\"}")
                .post("/communities/xinhua/pairings/" + pairing + "/end")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(ADMIN)
                .get("/communities/gulou/pairings/" + pairing)
                .then()
                .statusCode(200)
                .body("active", equalTo(true));
    }

    @Test
    void aMemberKnownFromTheRosterShowsByNameAndAnInactiveOneCannotBePaired() {
        String example = EventCatalogue.load().examples("member.registered.v1").get(0);
        JsonNode data = read(example).path("data");
        String memberId = data.path("memberId").asText();
        String inactive = UUID.randomUUID().toString();
        String retired = example.replace(memberId, inactive)
                .replace("\"active\":true", "\"active\":false")
                .replace(read(example).path("id").asText(), UUID.randomUUID().toString());
        TopicRecords.publish(kafka, "roster-events", memberId, example);
        TopicRecords.publish(kafka, "roster-events", inactive, retired);
        await().atMost(Duration.ofSeconds(30)).until(() -> knownMembers(memberId, inactive) == 2);

        String pairing = establish(memberId, HouseholdsTest.register(ADMIN), "2026-01-05");

        given().auth()
                .oauth2(ADMIN)
                .get("/communities/gulou/four-ones/pairings/" + pairing + "?year=2026")
                .then()
                .statusCode(200)
                .body("memberName", equalTo(data.path("name").asText()));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(pairingRequest(inactive, HouseholdsTest.register(ADMIN), "2026-01-05"))
                .post("/communities/gulou/pairings")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    private long knownMembers(String... ids) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from known_member where id in (:ids)")
                                .setParameter("ids", List.of(ids))
                                .getSingleResult())
                        .longValue());
    }

    static String establish(String member, String household, String startDate) {
        return given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(pairingRequest(member, household, startDate))
                .post("/communities/gulou/pairings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String pairingRequest(String member, String household, String startDate) {
        return "{\"memberId\":\"%s\",\"householdId\":\"%s\",\"startDate\":\"%s\"}"
                .formatted(member, household, startDate);
    }

    private static void record(String pairing, String kind, String doneOn) {
        given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"%s\",\"doneOn\":\"%s\",\"notes\":\"送去米面油，核对常用药\"}".formatted(kind, doneOn))
                .post("/communities/gulou/pairings/" + pairing + "/activities")
                .then()
                .statusCode(201);
    }

    /** A member the roster announced in Gulou. */
    static String newMember() {
        String member = UUID.randomUUID().toString();
        RosterSeed.member("gulou", member);
        return member;
    }

    private static JsonNode read(ConsumerRecord<String, String> record) {
        return read(record.value());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
