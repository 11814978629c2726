package io.huike.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.huike.kernel.roles.Roles;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The 12345 hotline's own system, as another party sees the platform: it dispatches work orders and answers by REST
 * with Idempotency-Keys, and hears what the community did from its webhook subscription, each delivery checked with
 * the published Standard Webhooks library before it is believed.
 */
final class SimulatedHotline implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Platform platform;
    private final String community;
    private final String token;
    private final HttpServer receiver;
    private final List<JsonNode> heard = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile Webhook verifier;

    SimulatedHotline(Platform platform, String community) throws IOException {
        this.platform = platform;
        this.community = community;
        this.token = platform.token(Set.of(Roles.INTEGRATION_CLIENT), List.of(community));
        this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/12345", this::receive);
        receiver.start();
    }

    /** Subscribes the receiver to these event types of the community; the secret comes back once. */
    void subscribe(List<String> eventTypes) {
        String secret = cases().contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/12345",
                        "eventTypes",
                        eventTypes))
                .post("/communities/" + community + "/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        verifier = new Webhook(secret);
    }

    void setTerms(int acknowledgeWithinMinutes, int returnWithinMinutes) {
        cases().contentType(ContentType.JSON)
                .body(Map.of(
                        "acknowledgeWithinMinutes",
                        acknowledgeWithinMinutes,
                        "returnWithinMinutes",
                        returnWithinMinutes))
                .put("/hotline-terms")
                .then()
                .statusCode(200);
    }

    /** 派单: dispatches a work order; the case's id. */
    String dispatch(String reference, String description) {
        return cases().contentType(ContentType.JSON)
                .header("Idempotency-Key", "dispatch-" + reference)
                .body(Map.of("hotlineReference", reference, "category", "SANITATION", "description", description))
                .post("/communities/" + community + "/hotline-cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    Response decideExtension(String reference, boolean approved) {
        return answer(reference, "extension-decision", Map.of("approved", approved));
    }

    Response callBack(String reference, String satisfaction) {
        return answer(reference, "callback", Map.of("satisfaction", satisfaction, "comment", "回访：" + satisfaction));
    }

    Response order(String reference) {
        return cases().get("/communities/" + community + "/hotline-cases/" + reference);
    }

    /** The delivery of this event type about this case, once it has arrived. */
    JsonNode awaitHeard(String type, String caseId) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> find(type, caseId), Optional::isPresent)
                .orElseThrow();
    }

    /** The event types heard about one case, in the order they arrived. */
    List<String> heardAbout(String caseId) {
        return heard.stream()
                .filter(e -> caseId.equals(e.path("subject").asText()))
                .map(e -> e.path("type").asText())
                .toList();
    }

    /** Deliveries whose signature did not verify; the receiver answered them 401 and believed nothing. */
    int refusedDeliveries() {
        return refused.get();
    }

    private Optional<JsonNode> find(String type, String caseId) {
        return heard.stream()
                .filter(e -> type.equals(e.path("type").asText())
                        && caseId.equals(e.path("subject").asText()))
                .findFirst();
    }

    private Response answer(String reference, String step, Map<String, Object> body) {
        return cases().contentType(ContentType.JSON)
                .header("Idempotency-Key", step + "-" + reference)
                .body(body)
                .post("/communities/" + community + "/hotline-cases/" + reference + "/" + step);
    }

    private io.restassured.specification.RequestSpecification cases() {
        return given().baseUri(platform.url("case-service")).auth().oauth2(token);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        int status;
        try {
            verifier.verify(body, headers);
            heard.add(JSON.readTree(body));
            status = 204;
        } catch (WebhookVerificationException | RuntimeException e) {
            refused.incrementAndGet();
            status = 401;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        receiver.stop(0);
    }
}
