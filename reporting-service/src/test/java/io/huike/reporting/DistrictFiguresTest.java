package io.huike.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole months of two communities' cases, asked for together: the month tallies of both add up in the database into
 * the district's figures, outcomes merged, and split by place they stay apart.
 */
@QuarkusTest
class DistrictFiguresTest {

    private static String east;
    private static String west;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void scriptFebruaryOfTwoCommunities() {
        if (east != null) {
            return;
        }
        east = "e" + UUID.randomUUID().toString().substring(0, 8);
        west = "w" + UUID.randomUUID().toString().substring(0, 8);
        List<String> applied = new ArrayList<>();
        register(east, "东城社区", applied);
        register(west, "西城社区", applied);

        new CaseScript(east)
                .registered(
                        "E-1",
                        "PHONE",
                        "SANITATION",
                        null,
                        "2026-02-03T02:00:00Z",
                        "2026-02-03T16:00:00Z",
                        "2026-02-10T16:00:00Z")
                .assigned("m-east", "2026-02-03T03:00:00Z")
                .started("2026-02-03T04:00:00Z")
                .resolved("RESOLVED", "2026-02-05T02:00:00Z")
                .feedback("SATISFIED", "2026-02-05T06:00:00Z")
                .closed("2026-02-05T07:00:00Z")
                .publish(kafka, applied, 1, 2, 3, 4, 5, 6);
        new CaseScript(east)
                .registered(
                        "E-2",
                        "ONLINE",
                        "WATER_DRAINAGE",
                        null,
                        "2026-02-09T02:00:00Z",
                        "2026-02-09T16:00:00Z",
                        "2026-02-16T16:00:00Z")
                .assigned("m-east", "2026-02-09T03:00:00Z")
                .overdue("FIRST_CONTACT", "2026-02-09T16:00:00Z")
                .publish(kafka, applied, 1, 2, 3);
        new CaseScript(west)
                .registered(
                        "W-1",
                        "PHONE",
                        "SANITATION",
                        null,
                        "2026-02-11T02:00:00Z",
                        "2026-02-11T16:00:00Z",
                        "2026-02-18T16:00:00Z")
                .assigned("m-west", "2026-02-11T03:00:00Z")
                .started("2026-02-11T04:00:00Z")
                .resolved("RESOLVED", "2026-02-12T02:00:00Z")
                .feedback("BASICALLY_SATISFIED", "2026-02-12T06:00:00Z")
                .closed("2026-02-12T07:00:00Z")
                .publish(kafka, applied, 1, 2, 3, 4, 5, 6);
        new CaseScript(west)
                .registered(
                        "W-2",
                        "RECEPTION_ROOM",
                        "WATER_DRAINAGE",
                        null,
                        "2026-02-16T02:00:00Z",
                        "2026-02-16T16:00:00Z",
                        "2026-02-23T16:00:00Z")
                .assigned("m-west", "2026-02-16T03:00:00Z")
                .started("2026-02-16T04:00:00Z")
                .referred("33333333-3333-4333-8333-333333333333", "市政维修公司", "2026-02-16T05:00:00Z", "2026-02-20")
                .resolved("PARTLY_RESOLVED", "2026-02-19T02:00:00Z")
                .feedback("UNSATISFIED", "2026-02-19T06:00:00Z")
                .closed("2026-02-19T07:00:00Z")
                .publish(kafka, applied, 1, 2, 3, 4, 5, 6, 7);
        ReadModels.awaitApplied(entityManager, applied);
    }

    @Test
    void theDistrictsMonthAddsUpEveryCommunitysTallyWithOutcomesMerged() {
        figures("from", "2026-02-01", "to", "2026-02-28")
                .body("key", contains("all"))
                .body("[0].figures.registered", equalTo(4))
                .body("[0].figures.open", equalTo(1))
                .body("[0].figures.closed", equalTo(3))
                .body("[0].figures.overdue", equalTo(1))
                .body("[0].figures.outcomes.RESOLVED", equalTo(2))
                .body("[0].figures.outcomes.PARTLY_RESOLVED", equalTo(1))
                .body("[0].figures.satisfactionRate", equalTo(0.6667f))
                .body("[0].figures.referralsOut", equalTo(1))
                .body("[0].figures.deadlinesMissed", equalTo(1));
    }

    @Test
    void aSplitByMonthAddsUpTheCommunitiesMonthByMonth() {
        figures("from", "2026-01-01", "to", "2026-03-31", "groupBy", "MONTH")
                .body("key", contains("2026-01", "2026-02", "2026-03"))
                .body("figures.registered", contains(0, 4, 0))
                .body("[1].figures.outcomes.RESOLVED", equalTo(2))
                .body("[1].figures.satisfactionRate", equalTo(0.6667f));
    }

    @Test
    void aSplitByPlaceKeepsEachCommunitysOwnTally() {
        figures("from", "2026-02-01", "to", "2026-02-28", "groupBy", "COMMUNITY")
                .body("find { it.key == '" + east + "' }.figures.registered", equalTo(2))
                .body("find { it.key == '" + east + "' }.figures.outcomes.RESOLVED", equalTo(1))
                .body("find { it.key == '" + east + "' }.figures.satisfactionRate", equalTo(1.0f))
                .body("find { it.key == '" + west + "' }.figures.registered", equalTo(2))
                .body("find { it.key == '" + west + "' }.figures.outcomes.PARTLY_RESOLVED", equalTo(1))
                .body("find { it.key == '" + west + "' }.figures.referralsOut", equalTo(1));
    }

    private void register(String community, String name, List<String> applied) {
        String registered = Envelopes.communityRegistered(
                community, name, community.substring(0, 2).toUpperCase(), "S-" + community, "D-" + community);
        TopicRecords.publish(kafka, "roster-events", community, registered);
        applied.add(registered);
    }

    private static ValidatableResponse figures(String... params) {
        var request = given().auth().oauth2(TestTokens.token(Roles.DISTRICT_SUPERVISOR, east, west));
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/figures").then().statusCode(200);
    }
}
