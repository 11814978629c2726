package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.huike.testing.TestEnvelopes;
import io.huike.testing.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A concern found on a home visit becomes a home-visit case once, however often its event arrives. */
@QuarkusTest
class ConcernIntakeTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void aConcernRaisedOnAHomeVisitBecomesAHomeVisitCaseOnce() {
        CaseApi api = CaseApi.freshCommunity();
        String concern = UUID.randomUUID().toString();
        String event = TestEnvelopes.envelope(
                        "outreach-service",
                        api.community,
                        concern,
                        "concern.raised.v1",
                        Map.of(
                                "concernId",
                                concern,
                                "householdId",
                                UUID.randomUUID().toString(),
                                "category",
                                "HEALTH",
                                "urgency",
                                "NORMAL",
                                "title",
                                "独居老人药品不足",
                                "description",
                                "马大爷的降压药快用完了",
                                "raisedBy",
                                "m-li",
                                "raisedAt",
                                Instant.now().toString()))
                .replace("\"source\":\"roster-service\"", "\"source\":\"outreach-service\"");

        TopicRecords.publish(kafka, "outreach-events", concern, event, event);

        await().atMost(Duration.ofSeconds(30)).until(() -> casesOf(api.community) == 1);
        given().auth()
                .oauth2(api.desk)
                .queryParam("channel", "HOME_VISIT")
                .get(api.path())
                .then()
                .body("[0].concernId", equalTo(concern))
                .body("[0].category", equalTo("HEALTH"))
                .body("[0].title", equalTo("独居老人药品不足"))
                .body("[0].registeredBy", not(equalTo(null)));
    }

    private long casesOf(String community) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from cases where community_id = ?1")
                                .setParameter(1, community)
                                .getSingleResult())
                        .longValue());
    }
}
