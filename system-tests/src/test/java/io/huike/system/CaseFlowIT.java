package io.huike.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.huike.kernel.roles.Roles;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Flows across the real processes: a case registered at case-service travels as {@code case.registered.v1}
 * through the broker and is counted once by reporting-service, even when delivered twice, and even when it was
 * registered while the broker was down; a problem found on a home visit goes from outreach-service to
 * case-service as a case and its result comes back to the visit; a burst of hotline requests for one hotline
 * reference, each under its own Idempotency-Key, makes one case; a simulated 12345 hotline follows its work orders
 * through signed webhooks and answers by REST. Every status met is recorded for the check that
 * the OpenAPI documents list it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseFlowIT {

    private static final String COMMUNITY = "gulou";
    private static Platform platform;
    /** Keycloak's tokens of the desk and of the community's staff. */
    private static String desk;

    private static String staff;
    private static String firstCaseId;
    private static String memberLi;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = new Platform();
        platform.start();
        desk = platform.token(Set.of(Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN), List.of(COMMUNITY));
        staff = platform.token(
                Set.of(Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN), List.of(COMMUNITY));
        platform.registerCommunities(COMMUNITY);
        platform.drawGrid(COMMUNITY, "grid-3");
        memberLi = platform.registerMember(COMMUNITY, "李明", "13800000011");
        RestAssured.filters(ObservedStatuses.recorder(platform));
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        RestAssured.reset();
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aCaseRegisteredAtTheDeskIsCountedByReporting() {
        firstCaseId = registerCase("建议修缮小区污水管道");

        awaitRegistered(1);
    }

    @Test
    @Order(2)
    void aSecondDeliveryOfTheSameEventDoesNotCountTwice() throws Exception {
        ConsumerRecord<String, String> original = readEvent(firstCaseId);
        double duplicatesBefore = reportingDuplicates();

        platform.redeliver(List.of(original));

        await().atMost(Duration.ofSeconds(60)).until(() -> reportingDuplicates() > duplicatesBefore);
        assertThat(registered()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aCaseRegisteredWhileKafkaIsDownReachesReportingAfterKafkaIsBack() throws Exception {
        platform.stopKafka();

        registerCase("建议为小区接通天然气");
        assertThat(registered()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().baseUri(platform.url("case-service"))
                                .get("/q/health/ready")
                                .statusCode()
                        == 503);

        platform.startKafka();
        awaitRegistered(2);
    }

    @Test
    @Order(4)
    void aProblemFoundOnAHomeVisitIsHandledAsACaseAndItsOutcomeReachesTheVisitingMember() {
        String household = given().baseUri(platform.url("outreach-service"))
                .auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "马大爷", "kind", "ELDERLY_LIVING_ALONE", "address", "鼓楼巷 12 号", "gridId", "grid-3"))
                .post("/communities/" + COMMUNITY + "/households")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().baseUri(platform.url("outreach-service"))
                .auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "householdId",
                        household,
                        "memberId",
                        memberLi,
                        "visitedOn",
                        LocalDate.now().toString(),
                        "notes",
                        "老人身体尚可",
                        "concerns",
                        List.of(Map.of("category", "HEALTH", "title", "降压药快用完了", "description", "马大爷的降压药只剩三天的量"))))
                .post("/communities/" + COMMUNITY + "/visits")
                .then()
                .statusCode(201);

        String caseId = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> given().baseUri(platform.url("case-service"))
                                .auth()
                                .oauth2(staff)
                                .queryParam("channel", "HOME_VISIT")
                                .get("/communities/" + COMMUNITY + "/cases")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<List<String>>path("id"),
                        ids -> ids.size() == 1)
                .get(0);
        act(caseId, "assignment", Map.of("memberId", memberLi));
        act(caseId, "start", Map.of("contactMethod", "HOME_VISIT"));
        act(caseId, "resolution", Map.of("outcome", "RESOLVED", "actionsTaken", "社区医生已上门开药"));
        act(
                caseId,
                "feedback",
                Map.of("method", "HOME_VISIT", "toldAt", Instant.now().toString(), "satisfaction", "SATISFIED"));
        act(caseId, "closing", null);

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> given().baseUri(platform.url("outreach-service"))
                                .auth()
                                .oauth2(staff)
                                .queryParam("householdId", household)
                                .get("/communities/" + COMMUNITY + "/concerns")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<List<String>>path("resultSummary"),
                        summaries -> summaries.equals(List.of("社区医生已上门开药")));
    }

    @Test
    @Order(5)
    void afterReplayingEveryTopicReportingAgreesWithTheCaseService() {
        String supervisor = platform.token(Set.of(Roles.DISTRICT_SUPERVISOR), List.of(COMMUNITY));
        int owners = Integer.parseInt(given().baseUri(platform.url("case-service"))
                .auth()
                .oauth2(staff)
                .queryParam("size", 1)
                .get("/communities/" + COMMUNITY + "/cases")
                .then()
                .statusCode(200)
                .extract()
                .header("X-Total-Count"));

        // Live consumption has caught up with every case, including those after the broker came back.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> registered() == owners);

        given().baseUri(platform.url("reporting-service"))
                .auth()
                .oauth2(supervisor)
                .post("/rebuilds")
                .then()
                .statusCode(200);

        assertThat(owners).isEqualTo(3);
        assertThat(registered()).isEqualTo(owners);
        given().baseUri(platform.url("reporting-service"))
                .auth()
                .oauth2(supervisor)
                .get("/reconciliations/" + COMMUNITY)
                .then()
                .statusCode(200)
                .body("equal", equalTo(true));
    }

    @Test
    @Order(6)
    void aBurstOfHotlineRequestsWithOneReferenceAndDifferentKeysMakesOneCase() throws Exception {
        String reference = "12345-burst-" + System.nanoTime();
        String client = platform.token(Roles.INTEGRATION_CLIENT, COMMUNITY);
        Map<String, Object> body = Map.of(
                "hotlineReference", reference,
                "category", "SANITATION",
                "urgency", "NORMAL",
                "title", "垃圾未清运",
                "description", "鼓楼小区3号楼旁垃圾堆放三天未清运");
        int burst = 10;
        ExecutorService senders = Executors.newFixedThreadPool(burst);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                answers.add(senders.submit(() -> {
                    start.await();
                    return given().baseUri(platform.url("case-service"))
                            .auth()
                            .oauth2(client)
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .contentType(ContentType.JSON)
                            .body(body)
                            .post("/communities/" + COMMUNITY + "/hotline-cases")
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(120, TimeUnit.SECONDS));
            }

            // 201 for the one that registers it; the others are told it exists (409), as the operation documents.
            assertThat(statuses)
                    .allSatisfy(status -> assertThat(status / 100 == 2 || status == 409)
                            .as("answer %s among %s", status, statuses)
                            .isTrue());
            assertThat(statuses).anySatisfy(status -> assertThat(status / 100).isEqualTo(2));
        } finally {
            senders.shutdownNow();
        }
        try (Connection db = platform.connect("case-service");
                PreparedStatement count = db.prepareStatement(
                        "select count(*) from cases where community_id = ? and hotline_reference = ?")) {
            count.setString(1, COMMUNITY);
            count.setString(2, reference);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1))
                        .as("cases with hotline reference " + reference)
                        .isEqualTo(1);
            }
        }
    }

    @Test
    @Order(7)
    void aSimulatedHotlineFollowsItsWorkOrdersThroughWebhooksAndAnswersByRest() throws Exception {
        try (SimulatedHotline hotline = new SimulatedHotline(platform, COMMUNITY)) {
            hotline.setTerms(30, 120);
            hotline.subscribe(List.of(
                    "case.hotline-order-acknowledged.v1",
                    "case.hotline-extension-requested.v1",
                    "case.extended.v1",
                    "case.hotline-replied.v1",
                    "case.returned-to-hotline.v1"));
            String reference = "12345-" + UUID.randomUUID().toString().substring(0, 8);
            String caseId = hotline.dispatch(reference, "鼓楼小区路灯不亮");

            act(caseId, "hotline-order/acknowledgement", null);
            assertThat(hotline.awaitHeard("case.hotline-order-acknowledged.v1", caseId)
                            .path("data")
                            .path("late")
                            .asBoolean())
                    .isFalse();

            String until = Instant.now()
                    .plus(Duration.ofDays(20))
                    .truncatedTo(ChronoUnit.SECONDS)
                    .toString();
            act(caseId, "extension-request", Map.of("deadline", "FEEDBACK", "until", until, "reason", "等待供电公司"));
            hotline.awaitHeard("case.hotline-extension-requested.v1", caseId);
            hotline.decideExtension(reference, true).then().statusCode(200);
            assertThat(hotline.awaitHeard("case.extended.v1", caseId)
                            .path("data")
                            .path("newDueAt")
                            .asText())
                    .isEqualTo(until);

            act(caseId, "assignment", Map.of("memberId", memberLi));
            act(caseId, "start", Map.of("contactMethod", "PHONE"));
            act(caseId, "resolution", Map.of("outcome", "RESOLVED", "actionsTaken", "已更换灯泡"));
            act(caseId, "hotline-order/reply", Map.of("reply", "路灯已于当日修复"));
            assertThat(hotline.awaitHeard("case.hotline-replied.v1", caseId)
                            .path("data")
                            .path("reply")
                            .asText())
                    .isEqualTo("路灯已于当日修复");
            hotline.callBack(reference, "SATISFIED").then().statusCode(200);
            hotline.order(reference)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("FEEDBACK_GIVEN"))
                    .body("hotlineOrder.state", equalTo("CALLED_BACK"));

            String notOurs = "12345-" + UUID.randomUUID().toString().substring(0, 8);
            String returnedId = hotline.dispatch(notOurs, "钟楼小区门口积水");
            act(returnedId, "hotline-order/return", Map.of("reason", "地址属于钟楼社区"));
            assertThat(hotline.awaitHeard("case.returned-to-hotline.v1", returnedId)
                            .path("data")
                            .path("reason")
                            .asText())
                    .isEqualTo("地址属于钟楼社区");

            assertThat(hotline.heardAbout(caseId))
                    .containsExactly(
                            "case.hotline-order-acknowledged.v1",
                            "case.hotline-extension-requested.v1",
                            "case.extended.v1",
                            "case.hotline-replied.v1");
            assertThat(hotline.refusedDeliveries()).isZero();
        }
    }

    private static void act(String caseId, String action, Object body) {
        String path = "/communities/" + COMMUNITY + "/cases/" + caseId;
        String etag = given().baseUri(platform.url("case-service"))
                .auth()
                .oauth2(staff)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        var request = given().baseUri(platform.url("case-service"))
                .auth()
                .oauth2(staff)
                .header("If-Match", etag)
                .contentType(ContentType.JSON);
        (body == null ? request : request.body(body))
                .post(path + "/" + action)
                .then()
                .statusCode(200);
    }

    private static String registerCase(String description) {
        return given().baseUri(platform.url("case-service"))
                .auth()
                .oauth2(desk)
                .contentType(ContentType.JSON)
                .body(Map.of("channel", "RECEPTION_ROOM", "category", "WATER_DRAINAGE", "description", description))
                .post("/communities/" + COMMUNITY + "/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void awaitRegistered(int expected) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> registered() == expected);
    }

    private static int registered() {
        return given().baseUri(platform.url("reporting-service"))
                .auth()
                .oauth2(desk)
                .get("/communities/" + COMMUNITY + "/case-counts")
                .then()
                .statusCode(200)
                .extract()
                .path("registered");
    }

    private static double reportingDuplicates() {
        String metrics = given().baseUri(platform.url("reporting-service"))
                .get("/q/metrics")
                .asString();
        Matcher m = Pattern.compile(
                        "huike_inbox_events_total\\{outcome=\"duplicate\",type=\"case.registered.v1\"} (\\S+)")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static ConsumerRecord<String, String> readEvent(String key) {
        return platform.readAll("case-events").stream()
                .filter(record -> key.equals(record.key()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No event with key " + key + " on case-events"));
    }
}
