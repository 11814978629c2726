package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.cases.deadlines.OverdueWatch;
import io.huike.testing.EventCatalogue;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a reception room wrote in its paper book is typed in later, at the time it really happened. */
@QuarkusTest
class PaperLogEntriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    OverdueWatch overdueWatch;

    @Test
    void aCaseRaisedDaysAgoIsRegisteredThenWithDeadlinesFromThenAndShowsWhenItWasTypedIn() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        Instant threeDaysAgo = secondsAgo(Duration.ofDays(3));

        String id = api.register(desk("WATER_DRAINAGE", "楼道污水外溢", threeDaysAgo));

        // Water and drains: first contact within 4 hours, feedback within 24, both long passed.
        api.read(api.admin, id)
                .then()
                .statusCode(200)
                .body("registeredAt", equalTo(threeDaysAgo.toString()))
                .body("registeredBy", equalTo("tester"))
                .body("enteredAt", notNullValue())
                .body("enteredBy", equalTo("tester"))
                .body(
                        "firstContact.dueAt",
                        equalTo(threeDaysAgo.plus(Duration.ofHours(4)).toString()))
                .body(
                        "feedback.dueAt",
                        equalTo(threeDaysAgo.plus(Duration.ofHours(24)).toString()))
                .body("overdue", equalTo(true))
                .body("timeline[0].at", equalTo(threeDaysAgo.toString()))
                .body("timeline[0].enteredAt", notNullValue());
        Instant enteredAt =
                Instant.parse(api.read(api.admin, id).then().extract().path("enteredAt"));
        assertThat(enteredAt).isAfter(threeDaysAgo.plus(Duration.ofDays(2)));

        JsonNode registered = JSON.readTree(
                TopicRecords.awaitByKey(kafka, "case-events", id, 1).get(0).value());
        assertThat(EventCatalogue.load().violations(registered.toString())).isEmpty();
        assertThat(registered.path("data").path("registeredAt").asText()).isEqualTo(threeDaysAgo.toString());
        assertThat(registered.path("data").path("firstContactDueAt").asText())
                .isEqualTo(threeDaysAgo.plus(Duration.ofHours(4)).toString());
    }

    @Test
    void aPastRegistrationWhoseDeadlinesPassedIsAnnouncedOverdueAsUsual() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register(desk("GAS", "燃气表漏气", secondsAgo(Duration.ofDays(2))));

        overdueWatch.announce(Instant.now());

        List<String> types = TopicRecords.awaitByKey(kafka, "case-events", id, 3).stream()
                .map(r -> readTree(r.value()).path("type").asText())
                .toList();
        assertThat(types).containsExactly("case.registered.v1", "case.overdue.v1", "case.overdue.v1");
    }

    @Test
    void aCaseRegisteredNowShowsNoSeparateEntry() {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register("POLICY_CONSULTATION", "咨询医保缴费");

        api.read(api.admin, id)
                .then()
                .body("enteredAt", nullValue())
                .body("enteredBy", nullValue())
                .body("timeline[0].enteredAt", nullValue());
    }

    @Test
    void aTimeFurtherBackThanTheCommunityAllowsIsRefusedNamingTheFieldAndTheLimitAndWritesNothing() {
        CaseApi api = CaseApi.freshCommunity();
        long before = rowsOf(api.community);

        register(api, desk("SANITATION", "垃圾清运不及时", secondsAgo(Duration.ofDays(40))))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:huike:problem:paper-log-too-old"))
                .body("errors[0].field", equalTo("occurredAt"))
                .body("paperLogMaxAgeDays", equalTo(30))
                .body("earliestAllowed", notNullValue());
        register(api, desk("SANITATION", "垃圾清运不及时", Instant.now().plus(Duration.ofHours(1))))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("occurredAt"));

        assertThat(rowsOf(api.community)).isEqualTo(before);
    }

    @Test
    void aCommunityThatKeepsItsPaperLongerMayTypeInFurtherBack() {
        CaseApi api = CaseApi.freshCommunity();
        Instant fortyDaysAgo = secondsAgo(Duration.ofDays(40));

        settings(api).then().statusCode(200).body("paperLogMaxAgeDays", equalTo(30));
        putSettings(api, Map.of("paperLogMaxAgeDays", 60))
                .then()
                .statusCode(200)
                .body("paperLogMaxAgeDays", equalTo(60))
                .body("closingRequiresAdmin", equalTo(true));

        String id = api.register(desk("SANITATION", "垃圾清运不及时", fortyDaysAgo));
        api.read(api.admin, id).then().body("registeredAt", equalTo(fortyDaysAgo.toString()));
    }

    @Test
    void aLimitOutsideOneTo366DaysIsABadRequestAndKeepsTheSetting() {
        CaseApi api = CaseApi.freshCommunity();
        putSettings(api, Map.of("closingRequiresAdmin", false, "paperLogMaxAgeDays", 14))
                .then()
                .statusCode(200);

        for (Object refused : List.of(0, 367, -5, "thirty")) {
            putSettings(api, Map.of("paperLogMaxAgeDays", refused))
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("paperLogMaxAgeDays"));
        }

        settings(api).then().body("paperLogMaxAgeDays", equalTo(14)).body("closingRequiresAdmin", equalTo(false));
        putSettings(api, Map.of("paperLogMaxAgeDays", 366)).then().statusCode(200);
        putSettings(api, Map.of("paperLogMaxAgeDays", 1)).then().statusCode(200);
    }

    @Test
    void aVisitFromThePaperLogRegistersItsMattersAtTheVisitsTime() {
        CaseApi api = CaseApi.freshCommunity();
        RosterSeed.member(api.community, "m-paper-" + api.community);
        Instant fiveDaysAgo = secondsAgo(Duration.ofDays(5));

        List<String> caseIds = visit(api, fiveDaysAgo)
                .then()
                .statusCode(201)
                .body("visitedAt", equalTo(fiveDaysAgo.toString()))
                .extract()
                .path("caseIds");

        assertThat(caseIds).hasSize(1);
        api.read(api.admin, caseIds.get(0))
                .then()
                .body("registeredAt", equalTo(fiveDaysAgo.toString()))
                .body("enteredAt", notNullValue())
                .body("timeline[0].at", equalTo(fiveDaysAgo.toString()));
    }

    @Test
    void aVisitFurtherBackThanTheCommunityAllowsIsRefusedNamingVisitedAtAndWritesNothing() {
        CaseApi api = CaseApi.freshCommunity();
        RosterSeed.member(api.community, "m-paper-" + api.community);
        long before = rowsOf(api.community);

        visit(api, secondsAgo(Duration.ofDays(31)))
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:huike:problem:paper-log-too-old"))
                .body("errors[0].field", equalTo("visitedAt"))
                .body("paperLogMaxAgeDays", equalTo(30));

        assertThat(rowsOf(api.community)).isEqualTo(before);
    }

    @Test
    void feedbackFromThePaperLogKeepsWhenTheResidentWasToldAndWhenItWasTypedIn() {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register(desk("SANITATION", "垃圾清运不及时", secondsAgo(Duration.ofDays(20))));
        RosterSeed.member(api.community, "m-paper-" + api.community);
        api.act(api.admin, id, "assignment", Map.of("memberId", "m-paper-" + api.community))
                .then()
                .statusCode(200);
        api.act(api.handler, id, "start", Map.of("contactMethod", "PHONE"))
                .then()
                .statusCode(200);
        api.act(api.handler, id, "resolution", Map.of("outcome", "RESOLVED", "actionsTaken", "已清运"))
                .then()
                .statusCode(200);
        putSettings(api, Map.of("paperLogMaxAgeDays", 10)).then().statusCode(200);
        String etag = api.etag(id);

        api.act(api.handler, id, "feedback", feedback(secondsAgo(Duration.ofDays(15))))
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:huike:problem:paper-log-too-old"))
                .body("errors[0].field", equalTo("toldAt"))
                .body("paperLogMaxAgeDays", equalTo(10));
        assertThat(api.etag(id)).isEqualTo(etag);

        Instant sixDaysAgo = secondsAgo(Duration.ofDays(6));
        api.act(api.handler, id, "feedback", feedback(sixDaysAgo))
                .then()
                .statusCode(200)
                .body("feedback.metAt", equalTo(sixDaysAgo.toString()));
        api.read(api.admin, id)
                .then()
                .body("timeline.find { it.text.startsWith('Resident told') }.at", equalTo(sixDaysAgo.toString()))
                .body("timeline.find { it.text.startsWith('Resident told') }.enteredAt", notNullValue());
    }

    private static Map<String, Object> desk(String category, String description, Instant occurredAt) {
        return Map.of(
                "channel",
                "RECEPTION_ROOM",
                "category",
                category,
                "description",
                description,
                "occurredAt",
                occurredAt.toString());
    }

    private static Map<String, Object> feedback(Instant toldAt) {
        return Map.of("method", "PHONE", "toldAt", toldAt.toString(), "satisfaction", "SATISFIED");
    }

    private static Response register(CaseApi api, Map<String, Object> body) {
        return given().auth()
                .oauth2(api.desk)
                .contentType(ContentType.JSON)
                .body(body)
                .post(api.path());
    }

    private static Response visit(CaseApi api, Instant visitedAt) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "visitedAt",
                visitedAt.toString(),
                "dutyMemberId",
                "m-paper-" + api.community,
                "peopleCount",
                1,
                "summary",
                "纸质登记簿补录：王大爷来访",
                "matters",
                List.of(Map.of("category", "RENOVATION", "description", "楼道扶手松动"))));
        return given().auth()
                .oauth2(api.desk)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/communities/" + api.community + "/reception-visits");
    }

    private static Response settings(CaseApi api) {
        return given().auth().oauth2(api.admin).get("/communities/" + api.community + "/case-settings");
    }

    private static Response putSettings(CaseApi api, Map<String, Object> body) {
        return given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/communities/" + api.community + "/case-settings");
    }

    private static Instant secondsAgo(Duration ago) {
        return Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The community's cases, visits and timeline lines, and all outbox rows: a refused entry adds to none. */
    private long rowsOf(String community) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("""
                                        select (select count(*) from cases where community_id = ?1)
                                             + (select count(*) from reception_visit where community_id = ?1)
                                             + (select count(*) from case_timeline where community_id = ?1)
                                             + (select count(*) from outbox_event)""")
                                .setParameter(1, community)
                                .getSingleResult())
                        .longValue());
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
