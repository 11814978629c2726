package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void aCaseGoesThroughEveryStateWithExactlyOneEventPerTransition() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register("WATER_DRAINAGE", "杨先生家门口污水管堵塞");
        RosterSeed.member(api.community, "m-wang-" + api.community);
        String repliedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

        api.act(api.admin, id, "assignment", Map.of("memberId", "m-wang-" + api.community))
                .then()
                .statusCode(200)
                .body("status", equalTo("ASSIGNED"));
        api.act(api.handler, id, "start", Map.of("contactMethod", "PHONE"))
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        String referral = api.act(
                        api.handler,
                        id,
                        "referrals",
                        Map.of("body", "市政维修公司", "theirReference", "SZ-0456", "expectedReplyBy", "2026-12-15"))
                .then()
                .statusCode(201)
                .body("status", equalTo("REFERRED"))
                .extract()
                .header("Location");
        String referralId = referral.substring(referral.lastIndexOf('/') + 1);
        given().auth()
                .oauth2(api.handler)
                .get(URI.create(referral).getPath())
                .then()
                .statusCode(200)
                .body("id", equalTo(referralId))
                .body("body", equalTo("市政维修公司"))
                .body("theirReference", equalTo("SZ-0456"));
        api.act(
                        api.handler,
                        id,
                        "referrals/" + referralId + "/answer",
                        Map.of("answer", "已制定维修方案", "repliedAt", repliedAt))
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        api.act(api.handler, id, "escalation", Map.of("meetingMonth", "2026-11", "reason", "需两委研究"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ESCALATED"));
        api.act(api.admin, id, "escalation/answer", Map.of("decision", "同意维修"))
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        api.act(api.handler, id, "resolution", Map.of("outcome", "RESOLVED", "actionsTaken", "已疏通"))
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"));
        api.act(
                        api.handler,
                        id,
                        "feedback",
                        Map.of("method", "PHONE", "toldAt", Instant.now().toString(), "satisfaction", "UNSATISFIED"))
                .then()
                .statusCode(200)
                .body("status", equalTo("FEEDBACK_GIVEN"));
        api.act(api.handler, id, "reopening", Map.of("reason", "雨后又堵"))
                .then()
                .statusCode(200)
                .body("status", equalTo("REOPENED"))
                .body("reopenCount", equalTo(1));
        api.act(api.handler, id, "start", Map.of("contactMethod", "HOME_VISIT"))
                .then()
                .statusCode(200);
        api.act(api.handler, id, "resolution", Map.of("outcome", "RESOLVED", "actionsTaken", "更换管道"))
                .then()
                .statusCode(200);
        api.act(
                        api.handler,
                        id,
                        "feedback",
                        Map.of("method", "IN_PERSON", "toldAt", Instant.now().toString(), "satisfaction", "SATISFIED"))
                .then()
                .statusCode(200);
        api.act(api.admin, id, "closing", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("allowedActions", equalTo(List.of("REOPEN")));

        List<String> expected = List.of(
                "case.registered.v1",
                "case.assigned.v1",
                "case.handling-started.v1",
                "case.referred.v1",
                "case.referral-answered.v1",
                "case.escalated.v1",
                "case.escalation-answered.v1",
                "case.resolved.v1",
                "case.feedback-given.v1",
                "case.reopened.v1",
                "case.handling-started.v1",
                "case.resolved.v1",
                "case.feedback-given.v1",
                "case.closed.v1");
        List<ConsumerRecord<String, String>> events =
                TopicRecords.awaitByKey(kafka, "case-events", id, expected.size());
        assertThat(events).hasSize(expected.size());
        List<String> types = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = JSON.readTree(events.get(i).value());
            types.add(event.path("type").asText());
            assertThat(event.path("sequence").asLong()).isEqualTo(i + 1);
            assertThat(EventCatalogue.load().violations(events.get(i).value()))
                    .as(event.path("type").asText())
                    .isEmpty();
        }
        assertThat(types).isEqualTo(expected);
        api.read(api.admin, id)
                .then()
                .body("referrals[0].answer", equalTo("已制定维修方案"))
                .body("referrals[0].repliedAt", equalTo(repliedAt))
                .body("timeline.size()", equalTo(expected.size()))
                .body("feedbackGiven.satisfaction", equalTo("SATISFIED"));
    }

    @Test
    void aTransitionTheStatusDoesNotAllowIs409NamingTheCurrentAndAllowedAndChangesNothing() {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register("POLICY_CONSULTATION", "咨询医保缴费政策");
        String etag = api.etag(id);
        long events = outboxRows(id);

        for (var attempt : List.of(
                List.of("start", Map.of("contactMethod", "PHONE")),
                List.of("resolution", Map.of("outcome", "RESOLVED", "actionsTaken", "x")),
                List.of(
                        "feedback",
                        Map.of("method", "PHONE", "toldAt", Instant.now().toString(), "satisfaction", "SATISFIED")),
                List.of("escalation", Map.of("meetingMonth", "2026-11", "reason", "x")),
                List.of("reopening", Map.of("reason", "x")))) {
            api.act(api.admin, id, (String) attempt.get(0), attempt.get(1))
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("currentStatus", equalTo("REGISTERED"))
                    .body("allowedNext", equalTo(Map.of("ASSIGN", "ASSIGNED")));
        }
        api.act(api.admin, id, "closing", null).then().statusCode(409).body("refusedAction", equalTo("CLOSE"));

        assertThat(api.etag(id)).isEqualTo(etag);
        assertThat(outboxRows(id)).isEqualTo(events);
    }

    @Test
    void aReferralAnsweredOrAResidentToldInTheFutureIsRefusedNamingTheTimeAndChangesNothing() {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register("WATER_DRAINAGE", "楼道污水外溢");
        RosterSeed.member(api.community, "m-zhao-" + api.community);
        api.act(api.admin, id, "assignment", Map.of("memberId", "m-zhao-" + api.community))
                .then()
                .statusCode(200);
        api.act(api.handler, id, "start", Map.of("contactMethod", "PHONE"))
                .then()
                .statusCode(200);
        String referral = api.act(api.handler, id, "referrals", Map.of("body", "市政维修公司"))
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String referralId = referral.substring(referral.lastIndexOf('/') + 1);
        String tomorrow = Instant.now().plus(Duration.ofDays(1)).toString();
        String lastYear = Instant.now().minus(Duration.ofDays(365)).toString();
        String etag = api.etag(id);
        long events = outboxRows(id);

        api.act(api.handler, id, "referrals/" + referralId + "/answer", Map.of("answer", "明天修", "repliedAt", tomorrow))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("repliedAt"));
        assertThat(api.etag(id)).isEqualTo(etag);
        // Nor can it have answered before it was asked.
        api.act(api.handler, id, "referrals/" + referralId + "/answer", Map.of("answer", "早就修好", "repliedAt", lastYear))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("repliedAt"));
        assertThat(api.etag(id)).isEqualTo(etag);

        api.act(
                        api.handler,
                        id,
                        "referrals/" + referralId + "/answer",
                        Map.of("answer", "已修好", "repliedAt", Instant.now().toString()))
                .then()
                .statusCode(200);
        api.act(api.handler, id, "resolution", Map.of("outcome", "RESOLVED", "actionsTaken", "已疏通"))
                .then()
                .statusCode(200);
        etag = api.etag(id);
        events = outboxRows(id);

        api.act(api.handler, id, "feedback", Map.of("method", "PHONE", "toldAt", tomorrow, "satisfaction", "SATISFIED"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("toldAt"));
        // Nor told before the case was registered, which would meet its deadline before it ran.
        api.act(api.handler, id, "feedback", Map.of("method", "PHONE", "toldAt", lastYear, "satisfaction", "SATISFIED"))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("toldAt"));
        assertThat(api.etag(id)).isEqualTo(etag);
        assertThat(outboxRows(id)).isEqualTo(events);
        api.read(api.admin, id).then().body("status", equalTo("RESOLVED")).body("feedback.metAt", nullValue());
    }

    @Test
    void aStaleETagIs412AndAMissingOneIs428() {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register("GAS", "天然气入户咨询");
        String seen = api.etag(id);
        RosterSeed.member(api.community, "m-first-" + api.community);
        RosterSeed.member(api.community, "m-second-" + api.community);
        api.act(api.admin, id, "assignment", Map.of("memberId", "m-first-" + api.community))
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(api.admin)
                .header("If-Match", seen)
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", "m-second-" + api.community))
                .post(api.path() + "/" + id + "/assignment")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", "m-second-" + api.community))
                .post(api.path() + "/" + id + "/assignment")
                .then()
                .statusCode(428)
                .contentType("application/problem+json");

        api.read(api.admin, id).then().body("assigneeId", equalTo("m-first-" + api.community));
    }

    @Test
    void eachOutcomeNamesWhatItNeedsAndIsRecorded() {
        CaseApi api = CaseApi.freshCommunity();
        for (var outcome : List.of(
                Map.of("outcome", "RESOLVED", "actionsTaken", "已处理"),
                Map.of("outcome", "PARTLY_RESOLVED", "reason", "仅修复一段", "actionsTaken", "修复主管道"),
                Map.of("outcome", "NOT_RESOLVABLE", "reason", "产权不清", "actionsTaken", "现场查看"),
                Map.of("outcome", "REFERRED_ELSEWHERE", "referredTo", "区住建局", "actionsTaken", "告知居民"))) {
            String id = inProgress(api, "RENOVATION", "楼道改造 " + outcome.get("outcome"));
            Map<String, Object> missingWhy = new java.util.HashMap<>(outcome);
            missingWhy.remove("reason");
            missingWhy.remove("referredTo");
            if (!outcome.get("outcome").equals("RESOLVED")) {
                api.act(api.handler, id, "resolution", missingWhy)
                        .then()
                        .statusCode(422)
                        .contentType("application/problem+json");
            }
            api.act(api.handler, id, "resolution", outcome)
                    .then()
                    .statusCode(200)
                    .body("resolution.outcome", equalTo(outcome.get("outcome")));
        }
    }

    @Test
    void likelyDuplicatesAreSuggestedAndALinkedDuplicateIsResolvedAsSuch() {
        CaseApi api = CaseApi.freshCommunity();
        RosterSeed.grid(api.community, "grid-3");
        RosterSeed.grid(api.community, "grid-9");
        String original = api.register(Map.of(
                "channel",
                "RECEPTION_ROOM",
                "category",
                "WATER_DRAINAGE",
                "gridId",
                "grid-3",
                "description",
                "3号楼污水管道堵塞，污水外溢"));
        api.register(Map.of(
                "channel",
                "RECEPTION_ROOM",
                "category",
                "WATER_DRAINAGE",
                "gridId",
                "grid-9",
                "description",
                "3号楼污水管道堵塞，污水外溢"));
        api.register(
                Map.of("channel", "RECEPTION_ROOM", "category", "GAS", "gridId", "grid-3", "description", "3号楼天然气入户"));

        List<String> suggested = given().auth()
                .oauth2(api.desk)
                .queryParam("category", "WATER_DRAINAGE")
                .queryParam("grid", "grid-3")
                .queryParam("text", "3号楼的污水管道又堵塞了")
                .get(api.path() + "/duplicate-candidates")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertThat(suggested).containsExactly(original);

        String copy = inProgress(api, "WATER_DRAINAGE", "3号楼的污水管道又堵塞了");
        api.act(api.handler, copy, "duplicate-of", Map.of("duplicateOf", original))
                .then()
                .statusCode(200)
                .body("duplicateOf", equalTo(original));
        api.act(api.handler, copy, "resolution", Map.of("outcome", "DUPLICATE", "actionsTaken", "与原事项一并处理"))
                .then()
                .statusCode(200)
                .body("resolution.outcome", equalTo("DUPLICATE"));
    }

    @Test
    void anExtensionAskedBeforeTheDeadlineMovesItOnceTheAdminApproves() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String id = inProgress(api, "RENOVATION", "屋顶漏水需等待维修基金");
        String due = api.read(api.admin, id).then().extract().path("feedback.dueAt");
        String later =
                java.time.Instant.parse(due).plus(java.time.Duration.ofDays(10)).toString();

        api.act(
                        api.handler,
                        id,
                        "extension-request",
                        Map.of("deadline", "FEEDBACK", "until", later, "reason", "等待维修基金审批"))
                .then()
                .statusCode(200)
                .body("pendingExtension.deadline", equalTo("FEEDBACK"));
        api.act(api.handler, id, "extension-request/approval", null).then().statusCode(403);
        api.act(api.admin, id, "extension-request/approval", null)
                .then()
                .statusCode(200)
                .body("feedback.dueAt", equalTo(later))
                .body("pendingExtension", nullValue());

        var events = TopicRecords.awaitByKey(kafka, "case-events", id, 4);
        JsonNode extended = JSON.readTree(events.get(3).value());
        assertThat(extended.path("type").asText()).isEqualTo("case.extended.v1");
        assertThat(extended.path("data").path("newDueAt").asText()).isEqualTo(later);
    }

    @Test
    void closingNeedsTheAdminUnlessTheCommunityLetsHandlersClose() {
        CaseApi api = CaseApi.freshCommunity();
        String id = fedBack(api);
        api.act(api.handler, id, "closing", null).then().statusCode(403);

        given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("closingRequiresAdmin", false))
                .put("/communities/" + api.community + "/case-settings")
                .then()
                .statusCode(200);

        api.act(api.handler, id, "closing", null).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void anotherCommunitysCaseIsRefusedThroughItsCommunityAndNotFoundThroughOursAndStaysUnchanged() {
        CaseApi mine = CaseApi.freshCommunity();
        CaseApi theirs = CaseApi.freshCommunity();
        String id = theirs.register("SANITATION", "垃圾清理");
        String etag = theirs.etag(id);

        given().auth().oauth2(mine.admin).get(theirs.path() + "/" + id).then().statusCode(403);
        given().auth().oauth2(mine.admin).get(mine.path() + "/" + id).then().statusCode(404);
        given().auth()
                .oauth2(mine.admin)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", "m-x"))
                .post(theirs.path() + "/" + id + "/assignment")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(mine.admin)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "x", "shareable", false))
                .post(theirs.path() + "/" + id + "/notes")
                .then()
                .statusCode(403);

        assertThat(theirs.etag(id)).isEqualTo(etag);
        theirs.read(theirs.admin, id).then().body("timeline.size()", equalTo(1));
    }

    @Test
    void notesAreKeptOnTheTimelineMarkedInternalOrShareable() {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register("HARDSHIP_RELIEF", "临时救助申请");

        given().auth()
                .oauth2(api.handler)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "已核实家庭收入情况", "shareable", false))
                .post(api.path() + "/" + id + "/notes")
                .then()
                .statusCode(200);

        api.read(api.admin, id)
                .then()
                .body("timeline[1].text", equalTo("已核实家庭收入情况"))
                .body("timeline[1].shareable", equalTo(false))
                .body("timeline[1].kind", equalTo("NOTE"))
                .body("timeline.kind", hasItem("ACTION"));
    }

    private static String inProgress(CaseApi api, String category, String description) {
        String id = api.register(category, description);
        RosterSeed.member(api.community, "m-wang-" + api.community);
        api.act(api.admin, id, "assignment", Map.of("memberId", "m-wang-" + api.community))
                .then()
                .statusCode(200);
        api.act(api.handler, id, "start", Map.of("contactMethod", "PHONE"))
                .then()
                .statusCode(200);
        return id;
    }

    private static String fedBack(CaseApi api) {
        String id = inProgress(api, "SANITATION", "垃圾清理");
        api.act(api.handler, id, "resolution", Map.of("outcome", "RESOLVED", "actionsTaken", "已清运"))
                .then()
                .statusCode(200);
        api.act(
                        api.handler,
                        id,
                        "feedback",
                        Map.of(
                                "method",
                                "PHONE",
                                "toldAt",
                                Instant.now().toString(),
                                "satisfaction",
                                "BASICALLY_SATISFIED"))
                .then()
                .statusCode(200);
        return id;
    }

    private long outboxRows(String caseId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1")
                                .setParameter(1, caseId)
                                .getSingleResult())
                        .longValue());
    }
}
