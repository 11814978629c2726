package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> HOTLINE_CASE = Map.of(
            "hotlineReference",
            "12345-20261126-0042",
            "category",
            "SANITATION",
            "description",
            "鼓楼小区3号楼旁垃圾堆放三天未清运",
            "resident",
            Map.of("name", "张女士", "phone", "13698765432"));

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    io.huike.cases.deadlines.OverdueWatch overdueWatch;

    @Test
    void aHotlineRetryWithTheSameKeyReturnsTheFirstCaseAndNeverASecond() {
        CaseApi api = CaseApi.freshCommunity();
        String hotline = TestTokens.token(Roles.INTEGRATION_CLIENT, api.community);
        String path = "/communities/" + api.community + "/hotline-cases";

        String first = given().auth()
                .oauth2(hotline)
                .header("Idempotency-Key", "k-1")
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post(path)
                .then()
                .statusCode(201)
                .body("channel", equalTo("HOTLINE_12345"))
                .extract()
                .path("id");
        String retried = given().auth()
                .oauth2(hotline)
                .header("Idempotency-Key", "k-1")
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post(path)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .path("id");

        assertThat(retried).isEqualTo(first);
        assertThat(casesOf(api.community)).isEqualTo(1);
        given().auth()
                .oauth2(hotline)
                .get(path + "/12345-20261126-0042")
                .then()
                .statusCode(200)
                .body("id", equalTo(first))
                .body("status", equalTo("REGISTERED"));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWithoutAKeyIs400() {
        CaseApi api = CaseApi.freshCommunity();
        String hotline = TestTokens.token(Roles.INTEGRATION_CLIENT, api.community);
        String path = "/communities/" + api.community + "/hotline-cases";
        given().auth()
                .oauth2(hotline)
                .header("Idempotency-Key", "k-2")
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post(path)
                .then()
                .statusCode(201);

        Map<String, Object> other = new java.util.HashMap<>(HOTLINE_CASE);
        other.put("description", "另一件事");
        given().auth()
                .oauth2(hotline)
                .header("Idempotency-Key", "k-2")
                .contentType(ContentType.JSON)
                .body(other)
                .post(path)
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(hotline)
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));

        assertThat(casesOf(api.community)).isEqualTo(1);
    }

    @Test
    void oneHotlineReferenceIsOneCaseHoweverManyKeysArriveAtOnce() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String hotline = TestTokens.token(Roles.INTEGRATION_CLIENT, api.community);
        String path = "/communities/" + api.community + "/hotline-cases";
        int requests = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String key = "burst-" + i;
                answers.add(callers.submit(() -> {
                    start.await();
                    return given().auth()
                            .oauth2(hotline)
                            .header("Idempotency-Key", key)
                            .contentType(ContentType.JSON)
                            .body(HOTLINE_CASE)
                            .post(path);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(120, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.<String>path("type")).endsWith("hotline-case-exists");
                }
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            callers.shutdownNow();
        }
        assertThat(casesOf(api.community)).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstRequestIsStillRunningIs409() {
        CaseApi api = CaseApi.freshCommunity();
        String hotline = TestTokens.token(Roles.INTEGRATION_CLIENT, api.community);
        String fingerprint = given().auth()
                .oauth2(hotline)
                .header("Idempotency-Key", "k-probe")
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post("/communities/" + api.community + "/hotline-cases")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        assertThat(fingerprint).isNotNull();
        // The first request with k-3 has claimed the key and not finished: that is what its row says.
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("""
                insert into idempotent_request (client_id, idempotency_key, fingerprint, state, claimed_at)
                select client_id, ?1, fingerprint, 'IN_FLIGHT', now() from idempotent_request
                where idempotency_key = ?2 and client_id like '%@' || ?3""")
                        .setParameter(1, "k-3")
                        .setParameter(2, "k-probe")
                        .setParameter(3, api.community)
                        .executeUpdate());

        given().auth()
                .oauth2(hotline)
                .header("Idempotency-Key", "k-3")
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post("/communities/" + api.community + "/hotline-cases")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void keysBelongToTheCallingClient() {
        CaseApi api = CaseApi.freshCommunity();
        String hotlineA = TestTokens.token(Roles.INTEGRATION_CLIENT, api.community);
        String hotlineB = io.smallrye.jwt.build.Jwt.issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .subject("another-system")
                .upn("another-system")
                .groups(java.util.Set.of(Roles.INTEGRATION_CLIENT))
                .claim("communities", List.of(api.community))
                .sign(privateKey());
        Map<String, Object> second = new java.util.HashMap<>(HOTLINE_CASE);
        second.put("hotlineReference", "12345-20261126-0043");

        given().auth()
                .oauth2(hotlineA)
                .header("Idempotency-Key", "shared")
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post("/communities/" + api.community + "/hotline-cases")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(hotlineB)
                .header("Idempotency-Key", "shared")
                .contentType(ContentType.JSON)
                .body(second)
                .post("/communities/" + api.community + "/hotline-cases")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null);

        assertThat(casesOf(api.community)).isEqualTo(2);
    }

    @Test
    void oneVisitWithThreeSuggestionsRaisesThreeLinkedCasesAndCountsThePeopleReceived() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        RosterSeed.room(api.community, "room-1");
        RosterSeed.member(api.community, "m-wang-visits");
        String visitId = given().auth()
                .oauth2(api.desk)
                .contentType(ContentType.JSON)
                .body("""
                {"visitedAt":"2026-11-26T01:30:00Z","roomId":"room-1","dutyMemberId":"m-wang-visits","peopleCount":2,
                 "visitor":{"name":"李女士","phone":"13912345678"},"summary":"李女士来访，提出三条建议",
                 "matters":[{"category":"POWER_LINES","description":"建议将小区架空电线改为入地"},
                            {"category":"WATER_DRAINAGE","description":"建议修缮小区污水管道"},
                            {"category":"GAS","description":"建议为小区接通天然气"}]}""")
                .post("/communities/" + api.community + "/reception-visits")
                .then()
                .statusCode(201)
                .body("caseIds.size()", equalTo(3))
                .body("visitorPhone", equalTo("139****5678"))
                .extract()
                .path("id");

        List<String> caseIds = given().auth()
                .oauth2(api.desk)
                .get("/communities/" + api.community + "/reception-visits/" + visitId)
                .then()
                .statusCode(200)
                .extract()
                .path("caseIds");
        for (String caseId : caseIds) {
            api.read(api.desk, caseId)
                    .then()
                    .body("receptionVisitId", equalTo(visitId))
                    .body("channel", equalTo("RECEPTION_ROOM"));
        }
        var visitEvent =
                TopicRecords.awaitByKey(kafka, "case-events", visitId, 1).get(0).value();
        assertThat(EventCatalogue.load().violations(visitEvent)).isEmpty();
        JsonNode data = JSON.readTree(visitEvent).path("data");
        assertThat(data.path("peopleCount").asInt()).isEqualTo(2);
        assertThat(data.path("caseIds")).hasSize(3);
    }

    @Test
    void textSearchFindsChineseWordsInsideSentences() {
        CaseApi api = CaseApi.freshCommunity();
        String sewer = api.register("WATER_DRAINAGE", "杨先生家门口污水管道堵塞，气味很大");
        String gas = api.register("GAS", "建议为小区接通天然气管道");
        api.register("DISPUTE_MEDIATION", "楼上楼下邻里噪音纠纷");

        assertThat(search(api, "污水")).containsExactly(sewer);
        assertThat(search(api, "管道")).containsExactlyInAnyOrder(sewer, gas);
        assertThat(search(api, "管道堵塞")).containsExactly(sewer);
        assertThat(search(api, "纠纷")).hasSize(1);
        assertThat(search(api, "气")).containsExactlyInAnyOrder(sewer, gas);
        assertThat(search(api, "电梯")).isEmpty();
    }

    @Test
    void listsFilterByStatusCategoryAndOverdueAndPage() {
        CaseApi api = CaseApi.freshCommunity();
        String a = api.register("GAS", "天然气一");
        api.register("GAS", "天然气二");
        api.register("HEALTH", "健康咨询");
        RosterSeed.member(api.community, "m-zhao");
        api.act(api.admin, a, "assignment", Map.of("memberId", "m-zhao")).then().statusCode(200);

        given().auth()
                .oauth2(api.desk)
                .queryParam("category", "GAS")
                .get(api.path())
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .header("X-Total-Count", "2");
        given().auth()
                .oauth2(api.desk)
                .queryParam("status", "ASSIGNED")
                .queryParam("assignee", "m-zhao")
                .get(api.path())
                .then()
                .body("id", equalTo(List.of(a)));
        given().auth()
                .oauth2(api.desk)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .queryParam("sort", "OLDEST")
                .get(api.path())
                .then()
                .body("size()", equalTo(1))
                .header("X-Total-Count", "3");
        given().auth()
                .oauth2(api.desk)
                .queryParam("overdue", true)
                .get(api.path())
                .then()
                .body("size()", equalTo(0));
        given().auth()
                .oauth2(api.desk)
                .queryParam("status", "LOST")
                .get(api.path())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().auth()
                .oauth2(api.desk)
                .queryParam("registeredFrom", "yesterday")
                .get(api.path())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("registeredFrom"));
    }

    @Test
    void phoneAndIdNumbersAreMaskedForTheDeskAndEveryUnmaskedReadIsAudited() {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register(Map.of(
                "channel",
                "PHONE",
                "category",
                "HARDSHIP_RELIEF",
                "description",
                "申请临时救助",
                "resident",
                Map.of("name", "马大爷", "phone", "138 1234 5678", "idNumber", "61240119500101123X")));

        api.read(api.desk, id)
                .then()
                .body("resident.phone", equalTo("138****5678"))
                .body("resident.idNumber", equalTo("6124**********123X"));
        given().auth()
                .oauth2(TestTokens.token(Roles.DISTRICT_SUPERVISOR, api.community))
                .get(api.path())
                .then()
                .body("[0].resident.phone", equalTo("138****5678"));
        api.read(api.handler, id)
                .then()
                .body("resident.phone", equalTo("13812345678"))
                .body("resident.idNumber", equalTo("61240119500101123X"));

        List<Map<String, Object>> reads = given().auth()
                .oauth2(api.admin)
                .get("/communities/" + api.community + "/personal-data-reads")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0)).containsEntry("recordId", id).containsEntry("reader", "tester");
        assertThat(reads.get(0).get("readerRoles")).isEqualTo(List.of(Roles.CASE_HANDLER));
        given().auth()
                .oauth2(api.desk)
                .get("/communities/" + api.community + "/personal-data-reads")
                .then()
                .statusCode(403);
    }

    @Test
    void aNumberWrittenIntoFreeTextIsMaskedForTheDeskHoweverWrittenAndItsUnmaskedReadIsAudited() {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register(Map.of(
                "channel",
                "PHONE",
                "category",
                "WATER_DRAINAGE",
                "title",
                "污水管堵塞 138.0013.8000",
                "description",
                "2026-05-06 杨先生来电，请回电 +86 138 0013 8000 或 １３９－１２３４－５６７８"));

        api.read(api.desk, id)
                .then()
                .body("title", equalTo("污水管堵塞 138.****.8000"))
                .body("description", equalTo("2026-05-06 杨先生来电，请回电 +86 1** **** 8000 或 １３９－****－５６７８"));
        given().auth()
                .oauth2(TestTokens.token(Roles.DISTRICT_SUPERVISOR, api.community))
                .get(api.path())
                .then()
                .body("[0].description", equalTo("2026-05-06 杨先生来电，请回电 +86 1** **** 8000 或 １３９－****－５６７８"));
        api.act(api.desk, id, "notes", Map.of("text", "已拨打 138-0013-8000 无人接听", "shareable", false))
                .then()
                .statusCode(200);
        api.read(api.desk, id).then().body("timeline.text", hasItem("已拨打 138-****-8000 无人接听"));

        api.read(api.handler, id)
                .then()
                .body("description", equalTo("2026-05-06 杨先生来电，请回电 +86 138 0013 8000 或 １３９－１２３４－５６７８"))
                .body("timeline.text", hasItem("已拨打 138-0013-8000 无人接听"));
        List<Map<String, Object>> reads = given().auth()
                .oauth2(api.admin)
                .get("/communities/" + api.community + "/personal-data-reads")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        // The desk's and the supervisor's masked reads are not in the log; the admin's (taking the ETag) and the
        // handler's are, naming the free text they were shown in full.
        assertThat(reads).extracting(r -> r.get("fields")).containsOnly(List.of("title", "description"));
        assertThat(reads)
                .extracting(r -> r.get("readerRoles"))
                .containsOnly(List.of(Roles.COMMUNITY_ADMIN), List.of(Roles.CASE_HANDLER))
                .contains(List.of(Roles.CASE_HANDLER));
    }

    @Test
    void theReadLogIsPagedPastAnyLengthAndFilteredByTime() {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register(Map.of(
                "channel",
                "PHONE",
                "category",
                "HARDSHIP_RELIEF",
                "description",
                "申请临时救助",
                "resident",
                Map.of("name", "马大爷", "phone", "13812345678")));
        Instant beforeReads = Instant.now();
        for (int i = 0; i < 5; i++) {
            api.read(api.handler, id).then().statusCode(200);
        }
        String path = "/communities/" + api.community + "/personal-data-reads";

        List<String> seen = new ArrayList<>();
        String next = path + "?limit=2";
        int pages = 0;
        while (next != null) {
            var page = given().auth()
                    .oauth2(api.admin)
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract();
            List<String> ids = page.path("id");
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            seen.addAll(ids);
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();

        given().auth()
                .oauth2(api.admin)
                .queryParam("to", beforeReads.atOffset(ZoneOffset.UTC).toString())
                .get(path)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().auth()
                .oauth2(api.admin)
                .queryParam("from", beforeReads.atOffset(ZoneOffset.UTC).toString())
                .get(path)
                .then()
                .statusCode(200)
                .body("size()", equalTo(5));
        given().auth()
                .oauth2(api.admin)
                .queryParam("from", "yesterday")
                .get(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
        given().auth()
                .oauth2(api.admin)
                .queryParam("after", "page-2")
                .get(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("after"));
    }

    @Test
    void aPassedDeadlineIsAnnouncedOnceAndFlagsTheCaseForSupervision() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register("POLICY_CONSULTATION", "低保政策咨询");
        Instant afterBothDeadlines = Instant.now().plus(Duration.ofDays(30));

        overdueWatch.announce(afterBothDeadlines);
        overdueWatch.announce(afterBothDeadlines.plusSeconds(60));

        var events = TopicRecords.awaitByKey(kafka, "case-events", id, 3);
        List<String> overdue = events.stream()
                .map(r -> readType(r.value()))
                .filter("case.overdue.v1"::equals)
                .toList();
        assertThat(overdue).hasSize(2);
        assertThat(events.stream()
                        .map(r -> JSON_path(r.value(), "deadline"))
                        .filter(d -> !d.isEmpty())
                        .toList())
                .containsExactly("FIRST_CONTACT", "FEEDBACK");
        assertThat(EventCatalogue.load().violations(events.get(1).value())).isEmpty();
        api.read(api.admin, id)
                .then()
                .body("timeline.text", hasItem(org.hamcrest.Matchers.containsString("flagged for supervision")));
    }

    @Test
    void aCaseIsAssignedToTheMemberOnDutyWhoseSkillsFitAndOtherwiseWaitsForTheAdmin() {
        CaseApi api = CaseApi.freshCommunity();
        String member = UUID.randomUUID().toString();
        String shift = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        TopicRecords.publish(
                kafka,
                "roster-events",
                member,
                rosterEvent(
                        api.community,
                        member,
                        "member.registered.v1",
                        Map.of(
                                "memberId",
                                member,
                                "name",
                                "王建国",
                                "kind",
                                "COMMUNITY_STAFF",
                                "skills",
                                List.of("FACILITIES", "POLICY"),
                                "active",
                                true)));
        TopicRecords.publish(
                kafka,
                "roster-events",
                shift,
                rosterEvent(
                        api.community,
                        shift,
                        "duty-shift.scheduled.v1",
                        Map.of(
                                "shiftId",
                                shift,
                                "rosterId",
                                UUID.randomUUID().toString(),
                                "roomId",
                                UUID.randomUUID().toString(),
                                "memberId",
                                member,
                                "date",
                                today.toString(),
                                "shiftCode",
                                "DAY",
                                "startTime",
                                "00:00:00",
                                "endTime",
                                "23:59:59",
                                "zone",
                                "Asia/Shanghai")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) entityManager
                                                .createNativeQuery(
                                                        "select count(*) from duty_shift where shift_id = ?1")
                                                .setParameter(1, shift)
                                                .getSingleResult())
                                        .longValue()
                                == 1));

        String drain = api.register("WATER_DRAINAGE", "下水道堵塞");
        String dispute = api.register("DISPUTE_MEDIATION", "邻里纠纷");

        api.read(api.admin, drain).then().body("status", equalTo("ASSIGNED")).body("assigneeId", equalTo(member));
        api.read(api.admin, dispute)
                .then()
                .body("status", equalTo("REGISTERED"))
                .body("assigneeId", equalTo(null));

        String mediator = UUID.randomUUID().toString();
        TopicRecords.publish(
                kafka,
                "roster-events",
                mediator,
                rosterEvent(
                        api.community,
                        mediator,
                        "member.registered.v1",
                        Map.of(
                                "memberId",
                                mediator,
                                "name",
                                "马调解",
                                "kind",
                                "IN_SERVICE_MEMBER",
                                "skills",
                                List.of("MEDIATION"),
                                "active",
                                true)));
        String swapped = rosterEvent(
                        api.community,
                        shift,
                        "duty-shift.swapped.v1",
                        Map.of(
                                "shiftId",
                                shift,
                                "swapRequestId",
                                UUID.randomUUID().toString(),
                                "roomId",
                                UUID.randomUUID().toString(),
                                "previousMemberId",
                                member,
                                "memberId",
                                mediator,
                                "date",
                                today.toString(),
                                "shiftCode",
                                "DAY",
                                "startTime",
                                "00:00:00",
                                "endTime",
                                "23:59:59",
                                "zone",
                                "Asia/Shanghai"))
                .replace("\"sequence\":1", "\"sequence\":2");
        TopicRecords.publish(kafka, "roster-events", shift, swapped);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> mediator.equals(entityManager
                                .createNativeQuery("select member_id from duty_shift where shift_id = ?1")
                                .setParameter(1, shift)
                                .getSingleResult())));

        String secondDispute = api.register("DISPUTE_MEDIATION", "楼道堆物纠纷");
        api.read(api.admin, secondDispute).then().body("assigneeId", equalTo(mediator));
    }

    @Test
    void aConcernRaisedOnAHomeVisitBecomesAHomeVisitCaseOnce() {
        CaseApi api = CaseApi.freshCommunity();
        String concern = UUID.randomUUID().toString();
        String event = rosterEvent(
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

    private static String rosterEvent(String community, String subject, String type, Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(Map.of(
                    "specversion",
                    "1.0",
                    "id",
                    UUID.randomUUID().toString(),
                    "source",
                    "roster-service",
                    "type",
                    type,
                    "time",
                    Instant.now().toString(),
                    "subject",
                    subject,
                    "datacontenttype",
                    "application/json",
                    "community",
                    community,
                    "sequence",
                    1,
                    "data",
                    data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> search(CaseApi api, String text) {
        return given().auth()
                .oauth2(api.desk)
                .queryParam("q", text)
                .get(api.path())
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    private long casesOf(String community) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from cases where community_id = ?1")
                                .setParameter(1, community)
                                .getSingleResult())
                        .longValue());
    }

    private static String readType(String envelope) {
        return JSON_path(envelope, "type");
    }

    private static String JSON_path(String envelope, String field) {
        try {
            JsonNode node = JSON.readTree(envelope);
            return node.has(field)
                    ? node.path(field).asText()
                    : node.path("data").path(field).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.security.PrivateKey privateKey() {
        try {
            return io.smallrye.jwt.util.KeyUtils.readPrivateKey("dev-keys/private.pem");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
