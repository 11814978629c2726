package io.huike.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The consumers accept every catalogue example, and keep a community's newest details. */
@QuarkusTest
class CatalogueExamplesTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void everyCatalogueExampleOfTheThreeTopicsIsApplied() {
        EventCatalogue catalogue = EventCatalogue.load();
        List<String> ids = new ArrayList<>();
        for (String type : catalogue.types()) {
            String topic = catalogue.channelsOf(type).get(0);
            for (String example : catalogue.examples(type)) {
                // Each under an id of its own: examples of different types may share one, and the inbox would
                // take the second for a repeat of the first instead of applying it.
                String published = Envelopes.withNewId(example);
                TopicRecords.publish(kafka, topic, UUID.randomUUID().toString(), published);
                ids.add(Envelopes.idOf(published));
            }
        }

        assertThat(ids).hasSizeGreaterThanOrEqualTo(27);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) entityManager
                                                .createNativeQuery(
                                                        "select count(*) from inbox_event where cast(event_id as text) in (:ids)")
                                                .setParameter("ids", ids)
                                                .getSingleResult())
                                        .longValue()
                                == ids.size()));
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("huike_inbox_lag_seconds_bucket{"))
                .body(containsString("type=\"reception-visit.recorded.v1\""));
    }

    @Test
    void aRenamedCommunityKeepsItsNewNameWhenTheRegistrationArrivesLate() {
        String community = "r" + UUID.randomUUID().toString().substring(0, 8);
        TopicRecords.publish(
                kafka,
                "roster-events",
                community,
                communityEvent(community, "community.updated.v1", 2, "新名社区", "新街道"),
                communityEvent(community, "community.registered.v1", 1, "旧名社区", "老城街道"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                        .oauth2(TestTokens.token(Roles.DISTRICT_SUPERVISOR, community))
                        .queryParam("groupBy", "SUBDISTRICT")
                        .get("/figures")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("[0].key")
                        .equals("新街道"));
        given().auth()
                .oauth2(TestTokens.token(Roles.DISTRICT_SUPERVISOR, community))
                .queryParam("groupBy", "COMMUNITY")
                .get("/figures")
                .then()
                .statusCode(200)
                .body("[0].name", equalTo("新名社区"));
    }

    private static String communityEvent(
            String community, String type, long sequence, String name, String subdistrict) {
        return Envelopes.envelope(
                "roster-service",
                community,
                community,
                type,
                sequence,
                Envelopes.data()
                        .put("communityId", community)
                        .put("name", name)
                        .put("code", "X")
                        .put("subdistrict", subdistrict)
                        .put("district", "汉滨区"));
    }
}
