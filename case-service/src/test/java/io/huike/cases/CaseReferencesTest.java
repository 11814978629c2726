package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A request names only its own community's records: a community the roster never registered is not found, a member,
 * grid or room unknown or of another community is refused naming the field, and neither writes anything.
 */
@QuarkusTest
class CaseReferencesTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aCommunityTheRosterNeverRegisteredIsNotFoundOnEveryWriteAndNothingIsWritten() {
        String nowhere = "x" + UUID.randomUUID().toString().substring(0, 8);
        long before = rowsWritten();

        given().auth()
                .oauth2(TestTokens.token(Roles.DUTY_MEMBER, nowhere))
                .contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "category", "GAS", "description", "天然气入户咨询"))
                .post("/communities/" + nowhere + "/cases")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("community"))
                .body("detail", containsString(nowhere));
        given().auth()
                .oauth2(TestTokens.token(Roles.INTEGRATION_CLIENT, nowhere))
                .header("Idempotency-Key", "k-" + nowhere)
                .contentType(ContentType.JSON)
                .body(Map.of("hotlineReference", "12345-1", "category", "GAS", "description", "天然气"))
                .post("/communities/" + nowhere + "/hotline-cases")
                .then()
                .statusCode(404)
                .body("errors.field", hasItem("community"));
        given().auth()
                .oauth2(TestTokens.token(Roles.DUTY_MEMBER, nowhere))
                .contentType(ContentType.JSON)
                .body(visit(null, "m-wang", null))
                .post("/communities/" + nowhere + "/reception-visits")
                .then()
                .statusCode(404)
                .body("errors.field", hasItem("community"));
        given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, nowhere))
                .contentType(ContentType.JSON)
                .body(Map.of("closingRequiresAdmin", false))
                .put("/communities/" + nowhere + "/case-settings")
                .then()
                .statusCode(404)
                .body("errors.field", hasItem("community"));

        assertThat(rowsWritten()).isEqualTo(before);
        assertThat(settingsRows(nowhere)).isZero();
    }

    @Test
    void aCommunityNotKnownYetIsAcceptedOnceTheRostersEventArrives() {
        String late = "x" + UUID.randomUUID().toString().substring(0, 8);
        String desk = TestTokens.token(Roles.DUTY_MEMBER, late);
        Map<String, Object> body = Map.of("channel", "PHONE", "category", "GAS", "description", "天然气入户咨询");

        given().auth()
                .oauth2(desk)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/communities/" + late + "/cases")
                .then()
                .statusCode(404)
                .body("detail", containsString("not known yet"));
        RosterSeed.community(late);

        given().auth()
                .oauth2(desk)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/communities/" + late + "/cases")
                .then()
                .statusCode(201)
                .body("trackingNumber", startsWith(late.toUpperCase(java.util.Locale.ROOT) + "-"));
    }

    @Test
    void aCaseIsAssignedOnlyToAMemberOfItsOwnCommunity() {
        CaseApi mine = CaseApi.freshCommunity();
        CaseApi theirs = CaseApi.freshCommunity();
        RosterSeed.member(mine.community, "m-" + mine.community);
        RosterSeed.member(theirs.community, "m-" + theirs.community);
        String id = mine.register("GAS", "天然气入户咨询");
        String etag = mine.etag(id);
        long before = rowsWritten();

        for (String member : List.of("m-" + theirs.community, "m-nobody-" + mine.community)) {
            mine.act(mine.admin, id, "assignment", Map.of("memberId", member))
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("memberId")))
                    .body("detail", containsString(member));
        }

        assertThat(rowsWritten()).isEqualTo(before);
        assertThat(mine.etag(id)).isEqualTo(etag);
        mine.read(mine.admin, id).then().body("assigneeId", equalTo(null)).body("status", equalTo("REGISTERED"));
        mine.act(mine.admin, id, "assignment", Map.of("memberId", "m-" + mine.community))
                .then()
                .statusCode(200)
                .body("assigneeId", equalTo("m-" + mine.community));
    }

    @Test
    void aCaseIsPutOnlyInAGridOfItsOwnCommunityThroughEveryDoor() {
        CaseApi mine = CaseApi.freshCommunity();
        CaseApi theirs = CaseApi.freshCommunity();
        RosterSeed.grid(mine.community, "grid-1");
        RosterSeed.grid(theirs.community, "grid-theirs");
        String hotline = TestTokens.token(Roles.INTEGRATION_CLIENT, mine.community);
        long before = rowsWritten();

        for (String grid : List.of("grid-theirs", "grid-unknown")) {
            given().auth()
                    .oauth2(mine.desk)
                    .contentType(ContentType.JSON)
                    .body(Map.of("channel", "PHONE", "category", "GAS", "gridId", grid, "description", "天然气"))
                    .post(mine.path())
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("gridId")));
            given().auth()
                    .oauth2(hotline)
                    .header("Idempotency-Key", "k-" + grid)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "hotlineReference", "12345-" + grid, "category", "GAS", "gridId", grid, "description", "气"))
                    .post("/communities/" + mine.community + "/hotline-cases")
                    .then()
                    .statusCode(422)
                    .body("errors.field", equalTo(List.of("gridId")));
        }

        assertThat(rowsWritten()).isEqualTo(before);
        mine.register(Map.of("channel", "PHONE", "category", "GAS", "gridId", "grid-1", "description", "天然气"));
        assertThat(rowsWritten()).isGreaterThan(before);
    }

    @Test
    void aReceptionVisitNamesOnlyItsOwnCommunitysRoomDutyMemberAndGrids() {
        CaseApi mine = CaseApi.freshCommunity();
        CaseApi theirs = CaseApi.freshCommunity();
        String myRoom = UUID.randomUUID().toString();
        String theirRoom = UUID.randomUUID().toString();
        RosterSeed.room(mine.community, myRoom);
        RosterSeed.room(theirs.community, theirRoom);
        RosterSeed.member(mine.community, "m-" + mine.community);
        RosterSeed.member(theirs.community, "m-" + theirs.community);
        RosterSeed.grid(mine.community, "grid-1");
        RosterSeed.grid(theirs.community, "grid-theirs");
        long before = rowsWritten();

        refused(mine, visit(theirRoom, "m-" + mine.community, "grid-1"), "roomId");
        refused(mine, visit("room-unknown", "m-" + mine.community, "grid-1"), "roomId");
        refused(mine, visit(myRoom, "m-" + theirs.community, "grid-1"), "dutyMemberId");
        refused(mine, visit(myRoom, "m-unknown", "grid-1"), "dutyMemberId");
        refused(mine, visit(myRoom, "m-" + mine.community, "grid-theirs"), "matters[1].gridId");
        refused(mine, visit(myRoom, "m-" + mine.community, "grid-unknown"), "matters[1].gridId");

        assertThat(rowsWritten()).isEqualTo(before);
        visit(mine, visit(myRoom, "m-" + mine.community, "grid-1"))
                .then()
                .statusCode(201)
                .body("caseIds.size()", equalTo(2));
        visit(mine, visit(null, "m-" + mine.community, null)).then().statusCode(201);
    }

    private static void refused(CaseApi api, Map<String, Object> body, String field) {
        visit(api, body)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field)));
    }

    private static Response visit(CaseApi api, Map<String, Object> body) {
        return given().auth()
                .oauth2(api.desk)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/communities/" + api.community + "/reception-visits");
    }

    private static Map<String, Object> visit(String roomId, String dutyMemberId, String secondGrid) {
        Map<String, Object> second = new java.util.HashMap<>(Map.of("category", "GAS", "description", "建议接通天然气"));
        if (secondGrid != null) {
            second.put("gridId", secondGrid);
        }
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "visitedAt",
                java.time.Instant.now().minus(java.time.Duration.ofHours(2)).toString(),
                "dutyMemberId",
                dutyMemberId,
                "peopleCount",
                1,
                "summary",
                "李女士来访",
                "matters",
                List.of(Map.of("category", "POWER_LINES", "description", "建议电线入地"), second)));
        if (roomId != null) {
            body.put("roomId", roomId);
        }
        return body;
    }

    /** Cases, visits, timelines and outbox rows together: a refused request adds to none. */
    private long rowsWritten() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("""
                                        select (select count(*) from cases) + (select count(*) from reception_visit)
                                             + (select count(*) from case_timeline)
                                             + (select count(*) from outbox_event)""").getSingleResult()).longValue());
    }

    private long settingsRows(String community) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from community_case_settings where community_id = ?1")
                                .setParameter(1, community)
                                .getSingleResult())
                        .longValue());
    }
}
