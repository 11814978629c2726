package io.huike.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.huike.kernel.roles.Roles;
import io.huike.reporting.cases.MonthTallies;
import io.huike.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 12345 hotline's work orders (接诉即办) of a scripted April 2026 in one community, with known answers: one signed
 * for on time and closed, one signed for late and redone after an unsatisfied callback (then signed for on time),
 * one signed for late with an extension refused, one contacted and returned to the hotline (its return redelivered
 * and out of order), one never signed for; beside them a case from the reception room.
 */
@QuarkusTest
class HotlineFiguresTest {

    private static String community;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    MonthTallies tallies;

    @BeforeEach
    void scriptApril() {
        if (community != null) {
            return;
        }
        community = "h" + UUID.randomUUID().toString().substring(0, 8);
        List<String> applied = new ArrayList<>();

        CaseScript onTime = order("H-1", "2026-04-07")
                .acknowledged("2026-04-07T01:30:00Z", "2026-04-07T03:00:00Z")
                .started("2026-04-07T02:00:00Z")
                .resolved("RESOLVED", "2026-04-09T02:00:00Z")
                .repliedToHotline("RESOLVED", "2026-04-09T03:00:00Z")
                .feedback("SATISFIED", "2026-04-10T02:00:00Z")
                .closed("2026-04-10T03:00:00Z");
        onTime.publish(kafka, applied, 1, 2, 3, 4, 5, 6, 7);

        CaseScript redone = order("H-2", "2026-04-08")
                .acknowledged("2026-04-08T05:00:00Z", "2026-04-08T03:00:00Z")
                .started("2026-04-08T06:00:00Z")
                .resolved("RESOLVED", "2026-04-10T02:00:00Z")
                .repliedToHotline("RESOLVED", "2026-04-10T03:00:00Z")
                .feedback("UNSATISFIED", "2026-04-13T02:00:00Z")
                .reopened("2026-04-13T02:00:00Z", "2026-04-14T16:00:00Z", "2026-04-20T16:00:00Z")
                .acknowledged("2026-04-13T03:00:00Z", "2026-04-13T04:00:00Z")
                .started("2026-04-14T01:00:00Z");
        redone.publish(kafka, applied, 1, 2, 3, 4, 5, 6, 7, 8, 9);

        CaseScript late = order("H-3", "2026-04-09")
                .acknowledged("2026-04-09T06:00:00Z", "2026-04-09T03:00:00Z")
                .started("2026-04-09T07:00:00Z")
                .extensionAskedAndRefused("2026-04-16T16:00:00Z", "2026-04-23T16:00:00Z", "2026-04-10T02:00:00Z");
        late.publish(kafka, applied, 1, 2, 3, 4, 5);

        CaseScript returned = order("H-4", "2026-04-10")
                .acknowledged("2026-04-10T01:20:00Z", "2026-04-10T03:00:00Z")
                .started("2026-04-10T02:00:00Z")
                .returnedToHotline("2026-04-10T04:00:00Z");
        returned.publish(kafka, applied, 1, 2, 4, 3, 4);

        CaseScript neverSigned = order("H-5", "2026-04-13");
        neverSigned.publish(kafka, applied, 1);

        CaseScript desk = new CaseScript(community)
                .registered(
                        "R-6",
                        "RECEPTION_ROOM",
                        "GAS",
                        "g1",
                        "2026-04-14T01:00:00Z",
                        "2026-04-14T16:00:00Z",
                        "2026-04-21T16:00:00Z")
                .assigned("m-wang", "2026-04-14T02:00:00Z");
        desk.publish(kafka, applied, 1, 2);

        ReadModels.awaitApplied(entityManager, applied);
    }

    @Test
    void theWorkOrdersAreCountedByTheHotlinesOwnDefinitions() {
        figures("from", "2026-04-01", "to", "2026-04-30")
                .body("[0].figures.registered", equalTo(6))
                .body("[0].figures.hotline.dispatched", equalTo(5))
                .body("[0].figures.hotline.signedFor", equalTo(4))
                .body("[0].figures.hotline.signedForOnTime", equalTo(3))
                .body("[0].figures.hotline.signedForLate", equalTo(1))
                .body("[0].figures.hotline.awaitingSignature", equalTo(1))
                .body("[0].figures.hotline.returned", equalTo(1))
                .body("[0].figures.hotline.redone", equalTo(1))
                .body("[0].figures.hotline.responseRate", equalTo(0.75f))
                .body("[0].figures.reopened", equalTo(1));
    }

    @Test
    void aReturnedOrderIsClosedButNeitherDueForFirstContactNorCountedTowardsTheResolutionRate() {
        figures("from", "2026-04-01", "to", "2026-04-30")
                .body("[0].figures.closed", equalTo(2))
                .body("[0].figures.open", equalTo(4))
                .body("[0].figures.outcomes.RETURNED_TO_HOTLINE", equalTo(1))
                .body("[0].figures.outcomes.RESOLVED", equalTo(1))
                .body("[0].figures.outcomes.size()", equalTo(2))
                // Contacted, yet not due: H-1, H-2 (its new cycle), H-3 on time; H-5 and R-6 late.
                .body("[0].figures.firstContactsDue", equalTo(5))
                .body("[0].figures.firstContactsOnTime", equalTo(3))
                // H-1 resolved; H-2, H-3, H-5 and R-6 past their feedback deadline without an outcome.
                .body("[0].figures.resolutionsDue", equalTo(5))
                .body("[0].figures.resolved", equalTo(1))
                .body("[0].figures.resolutionRate", equalTo(0.2f))
                .body("[0].figures.feedbackGiven", equalTo(1));
    }

    @Test
    void aWholeMonthFromTheTalliesEqualsTheSameDaysFromEveryCasesRow() {
        Map<String, Object> wholeMonth =
                figures("from", "2026-04-01", "to", "2026-04-30").extract().path("[0].figures");
        Map<String, Object> days =
                figures("from", "2026-04-02", "to", "2026-04-30").extract().path("[0].figures");

        assertThat(wholeMonth.get("hotline")).isEqualTo(days.get("hotline"));
        assertThat(wholeMonth).isEqualTo(days);
    }

    @Test
    void theWorkOrdersSplitByChannel() {
        figures("from", "2026-04-01", "to", "2026-04-30", "groupBy", "CHANNEL")
                .body("key", contains("HOTLINE_12345", "RECEPTION_ROOM"))
                .body("figures.hotline.dispatched", contains(5, 0))
                .body("figures.hotline.responseRate", contains(0.75f, null));
    }

    @Test
    void theMonthTalliesKeptEventByEventEqualThoseComputedAgainFromTheRows() {
        List<String> kept = ReadModels.monthTallies(entityManager, community);

        ReadModels.recomputeMonthTallies(entityManager, tallies, community);

        assertThat(kept).anyMatch(row -> row.contains("RETURNED_TO_HOTLINE"));
        assertThat(ReadModels.monthTallies(entityManager, community)).isEqualTo(kept);
    }

    /** A work order dispatched at 09:00 Beijing time on the day, with its first contact and feedback deadlines. */
    private static CaseScript order(String trackingNumber, String day) {
        return new CaseScript(community)
                .registered(
                        trackingNumber,
                        "HOTLINE_12345",
                        "SANITATION",
                        "g1",
                        day + "T01:00:00Z",
                        day + "T16:00:00Z",
                        LocalDate.parse(day).plusDays(7) + "T16:00:00Z");
    }

    private static ValidatableResponse figures(String... params) {
        var request = given().auth().oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, community));
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/figures").then().statusCode(200);
    }
}
