package io.huike.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huike.kernel.roles.Roles;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Case counts from the case events: redelivered, out-of-order and broken messages, and scope. */
@QuarkusTest
class CaseCountsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void theCataloguesExampleOfCaseRegisteredIsCounted() {
        String example = EventCatalogue.load().examples("case.registered.v1").get(0);

        TopicRecords.publish(kafka, "case-events", "0f8e7d6c-5b4a-4392-8180-7f6e5d4c3b2a", example);

        awaitRegistered("gulou", 1);
        given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, "gulou"))
                .get("/communities/gulou/case-counts")
                .then()
                .statusCode(200)
                .body("byCategory.POWER_LINES", equalTo(1))
                .body("byChannel.RECEPTION_ROOM", equalTo(1))
                .body("open", equalTo(1));
    }

    @Test
    void aRedeliveredEventIsCountedOnce() {
        String community = newCommunity();
        String caseId = UUID.randomUUID().toString();
        String registered = envelope(community, caseId, "case.registered.v1", 1);
        String marker = envelope(community, caseId, "case.assigned.v1", 2);

        TopicRecords.publish(kafka, "case-events", caseId, registered, registered, marker);

        awaitApplied(marker);
        assertThat(registered(community)).isEqualTo(1);
    }

    @Test
    void anOlderEventArrivingAfterANewerOneStillCounts() {
        String community = newCommunity();
        String caseId = UUID.randomUUID().toString();

        TopicRecords.publish(
                kafka,
                "case-events",
                caseId,
                envelope(community, caseId, "case.assigned.v1", 2),
                envelope(community, caseId, "case.registered.v1", 1));

        awaitRegistered(community, 1);
    }

    @Test
    void aMessageThatIsNotAnEventIsSkippedAndTheNextOneApplied() {
        String community = newCommunity();
        String caseId = UUID.randomUUID().toString();

        TopicRecords.publish(
                kafka,
                "case-events",
                caseId,
                "this is not an event",
                "{\"specversion\":\"1.0\"}",
                envelope(community, caseId, "case.registered.v1", 1));

        awaitRegistered(community, 1);
    }

    @Test
    void anEventWhosePayloadCannotBeAppliedIsSkippedAndTheRestOfItsBatchApplied() throws Exception {
        String community = newCommunity();
        String key = UUID.randomUUID().toString();
        ObjectNode unreadable = (ObjectNode) JSON.readTree(envelope(community, key, "case.registered.v1", 1));
        ((ObjectNode) unreadable.get("data")).put("registeredAt", "not a time");

        // One key, so the three share a partition and normally arrive in one poll.
        TopicRecords.publish(
                kafka,
                "case-events",
                key,
                envelope(community, UUID.randomUUID().toString(), "case.registered.v1", 1),
                unreadable.toString(),
                envelope(community, UUID.randomUUID().toString(), "case.registered.v1", 1));

        awaitRegistered(community, 2);
        String skipped = unreadable.get("id").asText();
        long recorded = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from inbox_event where event_id = cast(?1 as uuid)")
                                .setParameter(1, skipped)
                                .getSingleResult())
                        .longValue());
        assertThat(recorded).isZero();
    }

    @Test
    void anotherCommunitysFiguresAreForbiddenAndTheDistrictViewShowsOnlyTheScope() {
        String mine = newCommunity();
        String theirs = newCommunity();
        String caseId = UUID.randomUUID().toString();
        TopicRecords.publish(kafka, "case-events", caseId, envelope(theirs, caseId, "case.registered.v1", 1));
        awaitRegistered(theirs, 1);
        String token = TestTokens.token(Roles.DISTRICT_SUPERVISOR, mine);

        given().auth()
                .oauth2(token)
                .get("/communities/" + theirs + "/case-counts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .get("/case-counts")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].communityId", equalTo(mine))
                .body("[0].registered", equalTo(0));
    }

    @Test
    void withoutATokenFiguresAreUnauthorized() {
        given().get("/communities/gulou/case-counts").then().statusCode(401).contentType("application/problem+json");
    }

    private static String newCommunity() {
        return "c" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String envelope(String community, String caseId, String type, long sequence) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "case-service")
                .put("type", type)
                .put("time", Instant.now().toString())
                .put("subject", caseId)
                .put("datacontenttype", "application/json")
                .put("community", community)
                .put("sequence", sequence);
        envelope.putObject("data")
                .put("caseId", caseId)
                .put("trackingNumber", community.toUpperCase() + "-2026-000001")
                .put("channel", "PHONE")
                .put("category", "SANITATION")
                .put("urgency", "NORMAL")
                .put("registeredAt", Instant.now().toString())
                .put("registeredBy", "desk");
        return envelope.toString();
    }

    private void awaitRegistered(String community, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> registered(community) == expected);
    }

    private int registered(String community) {
        return given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, community))
                .get("/communities/" + community + "/case-counts")
                .then()
                .statusCode(200)
                .extract()
                .path("registered");
    }

    private void awaitApplied(String envelope) {
        String id = envelope.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) entityManager
                                                .createNativeQuery(
                                                        "select count(*) from inbox_event where event_id = cast(?1 as uuid)")
                                                .setParameter(1, id)
                                                .getSingleResult())
                                        .longValue()
                                == 1));
    }
}
