package io.huike.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The four ones and campaign progress from the outreach events. */
@QuarkusTest
class OutreachTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void thePairingsThatDidAllFourOnesInTheYearCountAsComplete() {
        String community = "p" + UUID.randomUUID().toString().substring(0, 8);
        String all = UUID.randomUUID().toString();
        String recordedTalk = activity(community, all, 2, "HEART_TO_HEART_TALK", "2026-02-10");
        TopicRecords.publish(
                kafka,
                "outreach-events",
                all,
                established(community, all, "2026-01-05"),
                recordedTalk,
                recordedTalk,
                activity(community, all, 3, "HOME_VISIT_WITH_SUPPORT", "2026-03-01"),
                activity(community, all, 4, "RECEPTION_INTERVIEW", "2026-04-01"),
                activity(community, all, 5, "PHONE_CALL", "2026-04-02"),
                activity(community, all, 6, "STUDY_DELIVERY", "2026-06-01"));
        String half = UUID.randomUUID().toString();
        // The activities arrive before the pairing's establishment; the talk of 2025 does not count for 2026.
        TopicRecords.publish(
                kafka,
                "outreach-events",
                half,
                activity(community, half, 3, "STUDY_DELIVERY", "2026-05-01"),
                activity(community, half, 2, "HEART_TO_HEART_TALK", "2025-12-30"),
                established(community, half, "2026-03-01"));
        String endedLastYear = UUID.randomUUID().toString();
        TopicRecords.publish(
                kafka,
                "outreach-events",
                endedLastYear,
                established(community, endedLastYear, "2025-01-01"),
                Envelopes.envelope(
                        "outreach-service",
                        community,
                        endedLastYear,
                        "pairing.ended.v1",
                        2,
                        Envelopes.data()
                                .put("pairingId", endedLastYear)
                                .put("memberId", "m")
                                .put("householdId", UUID.randomUUID().toString())
                                .put("endDate", "2025-12-31")
                                .put("reason", "HOUSEHOLD_MOVED_AWAY")
                                .put("endedBy", "admin")
                                .put("endedAt", "2025-12-31T08:00:00Z")));

        String token = TestTokens.token(Roles.COMMUNITY_ADMIN, community);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                        .oauth2(token)
                        .queryParam("year", 2026)
                        .get("/outreach/four-ones")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("[0].pairingsByKindDone.STUDY_DELIVERY")
                        .equals(2));
        given().auth()
                .oauth2(token)
                .queryParam("year", 2026)
                .get("/outreach/four-ones")
                .then()
                .statusCode(200)
                .body("[0].pairings", equalTo(2))
                .body("[0].complete", equalTo(1))
                .body("[0].completionRate", equalTo(0.5f))
                .body("[0].pairingsByKindDone.HEART_TO_HEART_TALK", equalTo(1));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                        .oauth2(token)
                        .queryParam("year", 2025)
                        .get("/outreach/four-ones")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("[0].pairings")
                        .equals(1));
        given().auth()
                .oauth2(token)
                .queryParam("year", 2025)
                .get("/outreach/four-ones")
                .then()
                .statusCode(200)
                .body("[0].complete", equalTo(0))
                .body("[0].pairingsByKindDone.HEART_TO_HEART_TALK", equalTo(0));
    }

    @Test
    void aCampaignCountsEachPersonOnceByTheirLatestContact() {
        String community = "q" + UUID.randomUUID().toString().substring(0, 8);
        String campaign = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();
        TopicRecords.publish(
                kafka,
                "outreach-events",
                campaign,
                contact(community, campaign, 2, first, "DONE", "2026-06-03T02:00:00Z"),
                contact(community, campaign, 1, first, "NOT_REACHED", "2026-06-02T02:00:00Z"),
                contact(community, campaign, 3, second, "REFUSED", "2026-06-03T03:00:00Z"),
                contact(community, campaign, 4, third, "REACHED", "2026-06-04T03:00:00Z"));

        String token = TestTokens.token(Roles.DISTRICT_SUPERVISOR, community);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Integer.valueOf(3)
                        .equals(given().auth()
                                .oauth2(token)
                                .get("/outreach/campaigns")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("[0].targetsContacted")));
        given().auth()
                .oauth2(token)
                .get("/outreach/campaigns")
                .then()
                .statusCode(200)
                .body("campaignId", contains(campaign))
                .body("[0].byOutcome.DONE", equalTo(1))
                .body("[0].byOutcome.REFUSED", equalTo(1))
                .body("[0].byOutcome.REACHED", equalTo(1))
                .body("[0].byOutcome.NOT_REACHED", org.hamcrest.Matchers.nullValue())
                .body("[0].lastContactAt", equalTo("2026-06-04T03:00:00Z"));
    }

    private static String established(String community, String pairing, String start) {
        return Envelopes.envelope(
                "outreach-service",
                community,
                pairing,
                "pairing.established.v1",
                1,
                Envelopes.data()
                        .put("pairingId", pairing)
                        .put("memberId", "m-wang")
                        .put("householdId", UUID.randomUUID().toString())
                        .put("householdKind", "ELDERLY_LIVING_ALONE")
                        .put("startDate", start)
                        .put("establishedBy", "admin")
                        .put("establishedAt", start + "T02:00:00Z"));
    }

    private static String activity(String community, String pairing, long sequence, String kind, String on) {
        ObjectNode data = Envelopes.data()
                .put("activityId", UUID.randomUUID().toString())
                .put("pairingId", pairing)
                .put("householdId", UUID.randomUUID().toString())
                .put("memberId", "m-wang")
                .put("kind", kind)
                .put("doneOn", on)
                .put("recordedBy", "m-wang")
                .put("recordedAt", on + "T08:00:00Z");
        return Envelopes.envelope(
                "outreach-service", community, pairing, "outreach-activity.recorded.v1", sequence, data);
    }

    private static String contact(
            String community, String campaign, long sequence, String target, String outcome, String at) {
        return Envelopes.envelope(
                "outreach-service",
                community,
                campaign,
                "campaign.contact-recorded.v1",
                sequence,
                Envelopes.data()
                        .put("campaignId", campaign)
                        .put("targetId", target)
                        .put("outcome", outcome)
                        .put("contactedBy", "m-wang")
                        .put("contactedAt", at));
    }
}
