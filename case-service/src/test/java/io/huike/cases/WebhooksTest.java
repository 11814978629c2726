package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Integrating systems subscribe to a community's events and get each one posted to their URL, signed as Standard
 * Webhooks say, at least once and in order per subject, whatever the receiver does meanwhile.
 */
@QuarkusTest
class WebhooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void everyDeliveryIsSignedAsStandardWebhooksSayAlsoAcrossASecretRotation() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String hotline = TestTokens.token(Roles.INTEGRATION_CLIENT, api.community);
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> 204)) {
            Response subscribed = given().auth()
                    .oauth2(hotline)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("case.registered.v1")))
                    .post(subscriptionsPath(api));
            subscribed.then().statusCode(201).header("Location", notNullValue()).body("status", equalTo("ACTIVE"));
            String id = subscribed.path("id");
            String firstSecret = subscribed.path("secret");
            assertThat(subscribed.header("Location")).endsWith("/webhook-subscriptions/" + id);
            assertThat(firstSecret).startsWith("whsec_");
            assertThat(Base64.getDecoder().decode(firstSecret.substring(6))).hasSizeGreaterThanOrEqualTo(24);
            assertThat(given().auth()
                            .oauth2(hotline)
                            .get(subscriptionsPath(api))
                            .asString())
                    .contains(id)
                    .doesNotContain(firstSecret);

            List<String> before = List.of(api.register("WATER_DRAINAGE", "楼道积水"), api.register("OTHER", "路灯不亮"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.received().size() >= 2);

            String etag = given().auth()
                    .oauth2(hotline)
                    .get(subscriptionsPath(api) + "/" + id)
                    .header("ETag");
            Response rotated = given().auth()
                    .oauth2(api.admin)
                    .header("If-Match", etag)
                    .post(subscriptionsPath(api) + "/" + id + "/secret-rotation");
            rotated.then().statusCode(200).body("previousSecretValidUntil", notNullValue());
            String secondSecret = rotated.path("secret");
            assertThat(secondSecret).startsWith("whsec_").isNotEqualTo(firstSecret);

            List<String> after = List.of(api.register("OTHER", "井盖松动"), api.register("OTHER", "噪音扰民"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.received().size() >= 4);

            List<WebhookReceiver.Received> received = receiver.received();
            assertThat(received).hasSize(4);
            for (WebhookReceiver.Received request : received) {
                assertThat(request.header("Content-Type")).isEqualTo("application/cloudevents+json");
                assertThat(request.event().path("type").asText()).isEqualTo("case.registered.v1");
                assertThat(request.event().path("community").asText()).isEqualTo(api.community);
                assertThatCode(() -> new Webhook(firstSecret).verify(request.body(), request.headers()))
                        .as("signed with the first secret, during the overlap too")
                        .doesNotThrowAnyException();
            }
            List<String> subjects = received.stream()
                    .map(r -> r.event().path("subject").asText())
                    .toList();
            assertThat(subjects).containsExactlyInAnyOrderElementsOf(concat(before, after));
            for (WebhookReceiver.Received request : received) {
                boolean afterRotation =
                        after.contains(request.event().path("subject").asText());
                if (afterRotation) {
                    assertThatCode(() -> new Webhook(secondSecret).verify(request.body(), request.headers()))
                            .doesNotThrowAnyException();
                    assertThat(request.header("webhook-signature").split(" ")).hasSize(2);
                } else {
                    assertThat(request.header("webhook-signature").split(" ")).hasSize(1);
                }
            }
            // The body is the event exactly as it is on the topic.
            String caseId = after.get(0);
            ConsumerRecord<String, String> onTopic =
                    TopicRecords.awaitByKey(kafka, "case-events", caseId, 1).get(0);
            assertThat(received.stream().map(WebhookReceiver.Received::body)).contains(onTopic.value());
        }
    }

    @Test
    void aReceiverThatIsDownForAWhileGetsEveryEventInOrderPerSubjectWithTheSameWebhookIdOnEachRetry() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        // Down for the first three requests: fewer than a delivery's attempts, however they fall.
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> n < 3 ? 503 : 200)) {
            subscribe(api, receiver.url(), List.of("pairing.established.v1", "pairing.ended.v1"));
            List<String> pairings = List.of("pairing-" + UUID.randomUUID(), "pairing-" + UUID.randomUUID());
            List<String> eventIds = new ArrayList<>();
            for (String pairing : pairings) {
                String[] events = new String[3];
                for (int sequence = 1; sequence <= 3; sequence++) {
                    String eventId = UUID.randomUUID().toString();
                    eventIds.add(eventId);
                    events[sequence - 1] = outreachEvent(
                            eventId,
                            api.community,
                            pairing,
                            sequence,
                            sequence == 3 ? "pairing.ended.v1" : "pairing.established.v1");
                }
                TopicRecords.publish(kafka, "outreach-events", pairing, events);
            }

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> receiver.received().stream()
                                    .filter(WebhookReceiver.Received::delivered)
                                    .count()
                            >= 6);

            List<WebhookReceiver.Received> received = receiver.received();
            assertThat(received.stream().filter(r -> !r.delivered())).hasSize(3);
            assertThat(received.stream()
                            .filter(WebhookReceiver.Received::delivered)
                            .map(r -> r.event().path("id").asText()))
                    .containsExactlyInAnyOrderElementsOf(eventIds);
            for (String pairing : pairings) {
                List<Long> sequencesAsSent = received.stream()
                        .filter(r -> r.event().path("subject").asText().equals(pairing))
                        .map(r -> r.event().path("sequence").asLong())
                        .toList();
                assertThat(sequencesAsSent)
                        .as("sent in order, a retry before the next")
                        .isSorted();
                assertThat(sequencesAsSent).containsSubsequence(1L, 2L, 3L);
            }
            Map<String, String> eventOfWebhookId = new LinkedHashMap<>();
            for (WebhookReceiver.Received request : received) {
                String previous = eventOfWebhookId.putIfAbsent(
                        request.header("webhook-id"), request.event().path("id").asText());
                assertThat(previous == null
                                || previous.equals(request.event().path("id").asText()))
                        .isTrue();
            }
            assertThat(eventOfWebhookId).hasSize(6);
            for (WebhookReceiver.Received failed :
                    received.stream().filter(r -> !r.delivered()).toList()) {
                assertThat(received.stream()
                                .filter(WebhookReceiver.Received::delivered)
                                .map(r -> r.header("webhook-id")))
                        .as("a retry keeps its webhook-id")
                        .contains(failed.header("webhook-id"));
            }
        }
    }

    @Test
    void aReceiverThatAlwaysFailsIsRetriedOnTheScheduleThenTheSubscriptionIsFailingUntilEnabledAgain()
            throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> 500)) {
            String id = subscribe(api, receiver.url(), List.of("pairing.established.v1"));
            String pairing = "pairing-" + UUID.randomUUID();
            String firstEvent = UUID.randomUUID().toString();
            TopicRecords.publish(
                    kafka,
                    "outreach-events",
                    pairing,
                    outreachEvent(firstEvent, api.community, pairing, 1, "pairing.established.v1"));

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> "FAILING".equals(subscription(api, id).path("status")));
            // The test schedule: at once, then three retries.
            assertThat(receiver.received()).hasSize(4);
            assertThat(receiver.received().stream()
                            .map(r -> r.header("webhook-id"))
                            .distinct())
                    .hasSize(1);
            Response log = deliveries(api, id);
            log.then()
                    .statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].eventId", equalTo(firstEvent))
                    .body("[0].status", equalTo("FAILED"))
                    .body("[0].attempts", equalTo(4))
                    .body("[0].attemptLog", hasSize(4))
                    .body("[0].attemptLog.httpStatus", equalTo(List.of(500, 500, 500, 500)))
                    .body("[0].attemptLog.error", hasItem("HTTP 500"))
                    .body("[0].attemptLog[0].latencyMillis", notNullValue());

            // Nothing is dropped while failing: a new event is recorded, and waits.
            String secondEvent = UUID.randomUUID().toString();
            TopicRecords.publish(
                    kafka,
                    "outreach-events",
                    pairing,
                    outreachEvent(secondEvent, api.community, pairing, 2, "pairing.established.v1"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> deliveries(api, id).jsonPath().getList("").size() == 2);
            deliveries(api, id).then().body("[0].eventId", equalTo(secondEvent)).body("[0].status", equalTo("PENDING"));

            receiver.answerFromNowOn(200);
            given().auth()
                    .oauth2(api.admin)
                    .header("If-Match", subscription(api, id).header("ETag"))
                    .post(subscriptionsPath(api) + "/" + id + "/enable")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACTIVE"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.received().stream()
                                    .filter(WebhookReceiver.Received::delivered)
                                    .count()
                            == 2);
            List<String> deliveredInOrder = receiver.received().stream()
                    .filter(WebhookReceiver.Received::delivered)
                    .map(r -> r.event().path("id").asText())
                    .toList();
            assertThat(deliveredInOrder).containsExactly(firstEvent, secondEvent);
            deliveries(api, id).then().body("status", equalTo(List.of("DELIVERED", "DELIVERED")));

            // Sent once more by hand: the same webhook-id, so the receiver can tell it is a repeat.
            String firstDelivery = deliveries(api, id).path("[1].id");
            given().auth()
                    .oauth2(api.admin)
                    .post(subscriptionsPath(api) + "/" + id + "/deliveries/" + firstDelivery + "/redelivery")
                    .then()
                    .statusCode(202);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.received().stream()
                                    .filter(WebhookReceiver.Received::delivered)
                                    .count()
                            == 3);
            assertThat(receiver.received().get(receiver.received().size() - 1).header("webhook-id"))
                    .isEqualTo(firstDelivery);
        }
    }

    @Test
    void urlsToInternalAddressesAreRefusedWithAProblemAndNothingIsSubscribed() {
        CaseApi api = CaseApi.freshCommunity();
        for (String url : List.of(
                "http://10.1.2.3/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://192.168.1.10:8080/hook",
                "http://100.64.0.1/hook",
                "http://[::1]:8080/hook",
                "http://[fd00::1]/hook",
                "ftp://127.0.0.1/hook",
                "http://user:password@127.0.0.1/hook",
                "not a url")) {
            given().auth()
                    .oauth2(api.admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of("case.resolved.v1")))
                    .post(subscriptionsPath(api))
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", startsWith("urn:huike:problem:"))
                    .body("errors.field", equalTo(List.of("url")));
        }
        given().auth()
                .oauth2(api.admin)
                .get(subscriptionsPath(api))
                .then()
                .statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void anotherCommunitysSubscriptionsAreInvisibleAndUntouchable() {
        CaseApi own = CaseApi.freshCommunity();
        CaseApi other = CaseApi.freshCommunity();
        String id = subscribe(own, "http://127.0.0.1:9/hook", List.of("case.resolved.v1"));
        String etag = subscription(own, id).header("ETag");
        String foreign = subscriptionsPath(other) + "/" + id;

        given().auth()
                .oauth2(other.admin)
                .get(subscriptionsPath(own))
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth().oauth2(other.admin).get(foreign).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(other.admin).get(foreign + "/deliveries").then().statusCode(404);
        given().auth().oauth2(other.admin).get(subscriptionsPath(other)).then().body("", hasSize(0));
        for (String action : List.of("/disable", "/enable", "/secret-rotation")) {
            given().auth()
                    .oauth2(other.admin)
                    .header("If-Match", etag)
                    .post(foreign + action)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
        }
        given().auth()
                .oauth2(other.admin)
                .header("If-Match", etag)
                .delete(foreign)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other.admin)
                .post(foreign + "/deliveries/" + UUID.randomUUID() + "/redelivery")
                .then()
                .statusCode(404);

        subscription(own, id).then().statusCode(200).header("ETag", etag).body("status", equalTo("ACTIVE"));
    }

    @Test
    void badInputIsRefusedWithAProblemAndChangesNothing() {
        CaseApi api = CaseApi.freshCommunity();
        String path = subscriptionsPath(api);
        given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:9/hook",
                        "eventTypes",
                        List.of("case.resolved.v1", "huike.case.resolved.v1")))
                .post(path)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("eventTypes[1]")));
        given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of()))
                .post(path)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("eventTypes", List.of("case.resolved.v1")))
                .post(path)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(api.desk)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("case.resolved.v1")))
                .post(path)
                .then()
                .statusCode(403);
        given().auth().oauth2(api.admin).get(path).then().body("", hasSize(0));

        String id = subscribe(api, "http://127.0.0.1:9/hook", List.of("case.resolved.v1"));
        String etag = subscription(api, id).header("ETag");
        given().auth()
                .oauth2(api.admin)
                .post(path + "/" + id + "/disable")
                .then()
                .statusCode(428)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(api.admin)
                .header("If-Match", "\"999\"")
                .post(path + "/" + id + "/disable")
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(api.admin)
                .header("If-Match", "\"999\"")
                .delete(path + "/" + id)
                .then()
                .statusCode(412);
        subscription(api, id).then().header("ETag", etag).body("status", equalTo("ACTIVE"));

        given().auth()
                .oauth2(api.admin)
                .header("If-Match", etag)
                .post(path + "/" + id + "/disable")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISABLED"));
        given().auth()
                .oauth2(api.admin)
                .header("If-Match", subscription(api, id).header("ETag"))
                .delete(path + "/" + id)
                .then()
                .statusCode(204);
        subscription(api, id).then().statusCode(404);
    }

    private static String subscribe(CaseApi api, String url, List<String> eventTypes) {
        return given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", eventTypes))
                .post(subscriptionsPath(api))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response subscription(CaseApi api, String id) {
        return given().auth().oauth2(api.admin).get(subscriptionsPath(api) + "/" + id);
    }

    private static Response deliveries(CaseApi api, String id) {
        return given().auth().oauth2(api.admin).get(subscriptionsPath(api) + "/" + id + "/deliveries");
    }

    private static String subscriptionsPath(CaseApi api) {
        return "/communities/" + api.community + "/webhook-subscriptions";
    }

    /** An outreach event as outreach-service publishes it, of one pairing at the given sequence. */
    private static String outreachEvent(String id, String community, String pairing, int sequence, String type)
            throws JsonProcessingException {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", id);
        envelope.put("source", "outreach-service");
        envelope.put("type", type);
        envelope.put("time", Instant.now().toString());
        envelope.put("subject", pairing);
        envelope.put("datacontenttype", "application/json");
        envelope.put("community", community);
        envelope.put("sequence", sequence);
        envelope.put("data", Map.of("pairingId", pairing));
        return JSON.writeValueAsString(envelope);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
