package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The 12345 work order's round trip (接诉即办): the community signs for the order within the hotline's own time
 * limit, returns one that is not its own within the return window, asks the hotline for more time, replies with the
 * result; the hotline decides extensions and reports its callback, by its own reference and with an Idempotency-Key;
 * an unsatisfied callback sends the order back to be done again. Every step is an event on case-events.
 */
@QuarkusTest
class HotlineWorkOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void anOrderSignedForInTimeRepliedToAndCalledBackSatisfiedIsDoneWithAnEventAtEveryStep() throws Exception {
        Order order = Order.dispatched(Map.of("acknowledgeWithinMinutes", 30, "returnWithinMinutes", 120));
        order.read()
                .then()
                .body("hotlineOrder.state", equalTo("DISPATCHED"))
                .body("hotlineOrder.acknowledgementLate", equalTo(false))
                .body("allowedActions", hasItem("RETURN_TO_HOTLINE"));
        Instant registeredAt = Instant.parse(order.read().path("registeredAt"));
        Instant acknowledgeDue = Instant.parse(order.read().path("hotlineOrder.acknowledgeDueAt"));
        assertThat(Duration.between(registeredAt, acknowledgeDue)).isEqualTo(Duration.ofMinutes(30));

        order.api
                .act(order.api.desk, order.id, "hotline-order/acknowledgement", null)
                .then()
                .statusCode(200)
                .body("hotlineOrder.state", equalTo("ACKNOWLEDGED"))
                .body("hotlineOrder.acknowledgementLate", equalTo(false));
        order.handleAndResolve();
        order.api
                .act(order.api.handler, order.id, "hotline-order/reply", Map.of("reply", "垃圾已于当日清运完毕"))
                .then()
                .statusCode(200)
                .body("hotlineOrder.state", equalTo("REPLIED"))
                .body("hotlineOrder.reply", equalTo("垃圾已于当日清运完毕"));
        order.hotlineCalls("callback", "cb-1", Map.of("satisfaction", "SATISFIED", "comment", "居民满意"))
                .then()
                .statusCode(200)
                .body("status", equalTo("FEEDBACK_GIVEN"))
                .body("feedbackGiven.satisfaction", equalTo("SATISFIED"))
                .body("feedbackGiven.method", equalTo("PHONE"))
                .body("hotlineOrder.state", equalTo("CALLED_BACK"));

        List<String> expected = List.of(
                "case.registered.v1",
                "case.hotline-order-acknowledged.v1",
                "case.assigned.v1",
                "case.handling-started.v1",
                "case.resolved.v1",
                "case.hotline-replied.v1",
                "case.feedback-given.v1");
        assertThat(order.eventTypes(kafka, expected.size())).isEqualTo(expected);
    }

    @Test
    void anUnsatisfiedCallbackSendsTheOrderBackToBeDoneAgainAndItMustBeSignedForAnew() throws Exception {
        Order order = Order.dispatched(null);
        order.signForResolveAndReply();

        order.hotlineCalls("callback", "cb-redo", Map.of("satisfaction", "UNSATISFIED", "comment", "仍有垃圾"))
                .then()
                .statusCode(200)
                .body("status", equalTo("REOPENED"))
                .body("reopenCount", equalTo(1))
                .body("hotlineOrder.redoCount", equalTo(1))
                .body("hotlineOrder.state", equalTo("DISPATCHED"))
                .body("hotlineOrder.acknowledgedAt", nullValue())
                .body("hotlineOrder.reply", nullValue());
        order.api
                .act(order.api.desk, order.id, "hotline-order/acknowledgement", null)
                .then()
                .statusCode(200)
                .body("hotlineOrder.state", equalTo("ACKNOWLEDGED"));

        List<ConsumerRecord<String, String>> events = TopicRecords.awaitByKey(kafka, "case-events", order.id, 9);
        List<String> types = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = JSON.readTree(events.get(i).value());
            types.add(event.path("type").asText());
            assertThat(event.path("sequence").asLong()).isEqualTo(i + 1);
        }
        assertThat(types.subList(6, 9))
                .containsExactly("case.feedback-given.v1", "case.reopened.v1", "case.hotline-order-acknowledged.v1");
        assertThat(JSON.readTree(events.get(7).value())
                        .path("data")
                        .path("reason")
                        .asText())
                .isEqualTo("12345 回访不满意，重办: 仍有垃圾");
    }

    @Test
    void anOrderThatIsNotOursIsReturnedWithinTheWindowAndTheCaseEndsWithThatOutcome() throws Exception {
        Order order = Order.dispatched(null);
        order.api
                .act(order.api.handler, order.id, "hotline-order/return", Map.of("reason", "地址属于钟楼社区"))
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("resolution.outcome", equalTo("RETURNED_TO_HOTLINE"))
                .body("resolution.reason", equalTo("地址属于钟楼社区"))
                .body("hotlineOrder.state", equalTo("RETURNED"))
                .body("allowedActions", equalTo(List.of("REOPEN")));
        order.api
                .act(order.api.desk, order.id, "hotline-order/acknowledgement", null)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("hotlineOrder"));

        List<ConsumerRecord<String, String>> events = TopicRecords.awaitByKey(kafka, "case-events", order.id, 2);
        assertThat(JSON.readTree(events.get(1).value()).path("type").asText()).isEqualTo("case.returned-to-hotline.v1");
        assertThat(EventCatalogue.load().violations(events.get(1).value())).isEmpty();
    }

    @Test
    void afterTheReturnWindowTheOrderStaysAndASignatureAfterTheLimitIsLate() {
        Order order = Order.dispatched(null);
        Instant past = Instant.now().minus(1, ChronoUnit.MINUTES);
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update cases set hotline_return_until = ?1, hotline_acknowledge_due = ?1 where id = ?2")
                        .setParameter(1, past)
                        .setParameter(2, UUID.fromString(order.id))
                        .executeUpdate());
        order.read().then().body("hotlineOrder.acknowledgementLate", equalTo(true));
        String before = order.api.etag(order.id);

        order.api
                .act(order.api.handler, order.id, "hotline-order/return", Map.of("reason", "不属本社区"))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("hotlineOrder"));
        assertThat(order.api.etag(order.id)).isEqualTo(before);
        order.api
                .act(order.api.desk, order.id, "hotline-order/acknowledgement", null)
                .then()
                .statusCode(200)
                .body("hotlineOrder.acknowledgementLate", equalTo(true));
    }

    @Test
    void theHotlineDecidesTheExtensionsOfItsOrdersAndTheDeadlineFollowsItsDecision() throws Exception {
        Order order = Order.dispatched(null);
        Instant feedbackDue = Instant.parse(order.read().path("feedback.dueAt"));
        Instant until = feedbackDue.plus(7, ChronoUnit.DAYS);
        Map<String, Object> ask = Map.of("deadline", "FEEDBACK", "until", until.toString(), "reason", "等待施工");

        order.api
                .act(order.api.handler, order.id, "extension-request", ask)
                .then()
                .statusCode(200);
        order.api
                .act(order.api.admin, order.id, "extension-request/approval", null)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("extension"));
        order.hotlineCalls("extension-decision", "ext-1", Map.of("approved", false, "note", "请按原时限办结"))
                .then()
                .statusCode(200)
                .body("pendingExtension", nullValue())
                .body("feedback.dueAt", equalTo(feedbackDue.toString()));
        order.api
                .act(order.api.handler, order.id, "extension-request", ask)
                .then()
                .statusCode(200);
        order.hotlineCalls("extension-decision", "ext-2", Map.of("approved", true))
                .then()
                .statusCode(200)
                .body("feedback.dueAt", equalTo(until.toString()));

        List<ConsumerRecord<String, String>> events = TopicRecords.awaitByKey(kafka, "case-events", order.id, 5);
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, String> event : events) {
            types.add(JSON.readTree(event.value()).path("type").asText());
            assertThat(EventCatalogue.load().violations(event.value())).isEmpty();
        }
        assertThat(types.subList(1, 5))
                .containsExactly(
                        "case.hotline-extension-requested.v1",
                        "case.hotline-extension-refused.v1",
                        "case.hotline-extension-requested.v1",
                        "case.extended.v1");
        assertThat(JSON.readTree(events.get(4).value())
                        .path("data")
                        .path("approvedBy")
                        .asText())
                .isEqualTo(order.hotlineSubject);
    }

    @Test
    void aRetriedCallbackIsAppliedOnceAndAnotherHotlineCannotTouchTheOrder() throws Exception {
        Order order = Order.dispatched(null);
        order.signForResolveAndReply();
        String otherHotline = Order.hotlineToken("other-" + UUID.randomUUID(), order.api.community);
        order.calls(otherHotline, "callback", "cb", Map.of("satisfaction", "SATISFIED"))
                .then()
                .statusCode(404);
        order.calls(
                        Order.hotlineToken(order.hotlineSubject, "elsewhere"),
                        "callback",
                        "cb",
                        Map.of("satisfaction", "SATISFIED"))
                .then()
                .statusCode(403);

        Map<String, Object> callback = Map.of("satisfaction", "BASICALLY_SATISFIED");
        order.hotlineCalls("callback", "cb-once", callback).then().statusCode(200);
        order.hotlineCalls("callback", "cb-once", callback)
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true");
        order.hotlineCalls("callback", "cb-twice", callback).then().statusCode(409);

        List<ConsumerRecord<String, String>> events = TopicRecords.awaitByKey(kafka, "case-events", order.id, 7);
        long feedbacks = events.stream()
                .filter(e -> e.value().contains("\"case.feedback-given.v1\""))
                .count();
        assertThat(feedbacks).isEqualTo(1);
    }

    @Test
    void aCaseFromAnotherChannelIsNoWorkOrder() {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register("SANITATION", "楼道堆放杂物");
        api.read(api.desk, id)
                .then()
                .body("hotlineOrder", nullValue())
                .body("allowedActions", not(hasItem("RETURN_TO_HOTLINE")));
        api.act(api.desk, id, "hotline-order/acknowledgement", null)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("hotlineOrder"));
        api.act(api.handler, id, "hotline-order/return", Map.of("reason", "不属本社区"))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("hotlineOrder"));
    }

    @Test
    void aHotlineSetsItsOwnTermsWithinAWeekAndBadTermsChangeNothing() {
        String hotline = Order.hotlineToken("terms-" + UUID.randomUUID(), "gulou");
        given().auth()
                .oauth2(hotline)
                .get("/hotline-terms")
                .then()
                .statusCode(200)
                .body("acknowledgeWithinMinutes", equalTo(120))
                .body("returnWithinMinutes", equalTo(1440));
        for (Map<String, Object> bad : List.of(
                Map.<String, Object>of("acknowledgeWithinMinutes", 0, "returnWithinMinutes", 60),
                Map.<String, Object>of("acknowledgeWithinMinutes", 30, "returnWithinMinutes", 10081),
                Map.<String, Object>of("acknowledgeWithinMinutes", 30))) {
            given().auth()
                    .oauth2(hotline)
                    .contentType(ContentType.JSON)
                    .body(bad)
                    .put("/hotline-terms")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(hotline).get("/hotline-terms").then().body("acknowledgeWithinMinutes", equalTo(120));
        given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, "gulou"))
                .contentType(ContentType.JSON)
                .body(Map.of("acknowledgeWithinMinutes", 30, "returnWithinMinutes", 60))
                .put("/hotline-terms")
                .then()
                .statusCode(403);
    }

    /** One work order of a hotline of its own, in a community of its own. */
    private record Order(CaseApi api, String id, String reference, String hotlineSubject, String hotline) {

        static Order dispatched(Map<String, Object> terms) {
            CaseApi api = CaseApi.freshCommunity();
            String subject = "hotline-" + UUID.randomUUID();
            String hotline = hotlineToken(subject, api.community);
            if (terms != null) {
                given().auth()
                        .oauth2(hotline)
                        .contentType(ContentType.JSON)
                        .body(terms)
                        .put("/hotline-terms")
                        .then()
                        .statusCode(200);
            }
            String reference = "12345-" + UUID.randomUUID().toString().substring(0, 8);
            String id = given().auth()
                    .oauth2(hotline)
                    .header("Idempotency-Key", reference)
                    .contentType(ContentType.JSON)
                    .body(Map.of("hotlineReference", reference, "category", "SANITATION", "description", "垃圾堆放三天未清运"))
                    .post("/communities/" + api.community + "/hotline-cases")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            return new Order(api, id, reference, subject, hotline);
        }

        static String hotlineToken(String subject, String community) {
            return TestTokens.sign(TestTokens.claims(Set.of(Roles.INTEGRATION_CLIENT), List.of(community))
                    .subject(subject)
                    .upn(subject));
        }

        Response read() {
            return api.read(api.admin, id);
        }

        String hotlinePath() {
            return "/communities/" + api.community + "/hotline-cases/" + reference;
        }

        Response hotlineCalls(String step, String idempotencyKey, Map<String, Object> body) {
            return calls(hotline, step, idempotencyKey, body);
        }

        /** The hotline's step on this order, as the caller with this token sends it. */
        Response calls(String token, String step, String idempotencyKey, Map<String, Object> body) {
            return given().auth()
                    .oauth2(token)
                    .header("Idempotency-Key", idempotencyKey)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(hotlinePath() + "/" + step);
        }

        /** Signs for the order, handles and resolves its case, and replies to the hotline. */
        void signForResolveAndReply() {
            api.act(api.desk, id, "hotline-order/acknowledgement", null).then().statusCode(200);
            handleAndResolve();
            api.act(api.handler, id, "hotline-order/reply", Map.of("reply", "已清运"))
                    .then()
                    .statusCode(200);
        }

        void handleAndResolve() {
            String member = "m-" + api.community;
            RosterSeed.member(api.community, member);
            api.act(api.admin, id, "assignment", Map.of("memberId", member))
                    .then()
                    .statusCode(200);
            api.act(api.handler, id, "start", Map.of("contactMethod", "PHONE"))
                    .then()
                    .statusCode(200);
            api.act(api.handler, id, "resolution", Map.of("outcome", "RESOLVED", "actionsTaken", "已清运"))
                    .then()
                    .statusCode(200);
        }

        List<String> eventTypes(KafkaCompanion kafka, int count) throws Exception {
            List<String> types = new ArrayList<>();
            for (ConsumerRecord<String, String> event : TopicRecords.awaitByKey(kafka, "case-events", id, count)) {
                types.add(JSON.readTree(event.value()).path("type").asText());
                assertThat(EventCatalogue.load().violations(event.value()))
                        .as(event.value())
                        .isEmpty();
            }
            return types;
        }
    }
}
