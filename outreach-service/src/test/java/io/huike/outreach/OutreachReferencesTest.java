package io.huike.outreach;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A request names only its own community's records: a community the roster never registered is not found, a member
 * or grid unknown or of another community is refused naming the field, and neither writes anything.
 */
@QuarkusTest
class OutreachReferencesTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aCommunityTheRosterNeverRegisteredIsNotFoundAndNothingIsWritten() {
        String nowhere = fresh();
        String admin = TestTokens.token(Roles.COMMUNITY_ADMIN, nowhere);
        long before = rowsWritten();

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(HouseholdsTest.HOUSEHOLD.replace("\"grid-3\"", "null"))
                .post("/communities/" + nowhere + "/households")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("community"))
                .body("detail", containsString(nowhere));
        given().auth()
                .oauth2(TestTokens.token(Roles.DUTY_MEMBER, nowhere))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "小杨"))
                .post("/communities/" + nowhere + "/volunteers")
                .then()
                .statusCode(404)
                .body("errors.field", hasItem("community"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "t",
                        "purpose",
                        "p",
                        "dueDate",
                        "2026-07-31",
                        "targets",
                        List.of(Map.of("residentName", "李秀英"))))
                .post("/communities/" + nowhere + "/notification-campaigns")
                .then()
                .statusCode(404)
                .body("errors.field", hasItem("community"));

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void aHouseholdIsPutOnlyInAGridOfItsOwnCommunity() {
        String mine = fresh();
        String theirs = fresh();
        RosterSeed.grid(mine, "grid-1");
        RosterSeed.grid(theirs, "grid-theirs");
        String admin = TestTokens.token(Roles.COMMUNITY_ADMIN, mine);
        long before = rowsWritten();

        for (String grid : List.of("grid-theirs", "grid-unknown")) {
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(HouseholdsTest.HOUSEHOLD.replace("grid-3", grid))
                    .post("/communities/" + mine + "/households")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("gridId")));
        }

        assertThat(rowsWritten()).isEqualTo(before);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(HouseholdsTest.HOUSEHOLD.replace("grid-3", "grid-1"))
                .post("/communities/" + mine + "/households")
                .then()
                .statusCode(201);
    }

    @Test
    void aPairingVisitAndVolunteerNameOnlyAMemberOfTheirOwnCommunity() {
        String mine = fresh();
        String theirs = fresh();
        String myMember = UUID.randomUUID().toString();
        String theirMember = UUID.randomUUID().toString();
        RosterSeed.grid(mine, "grid-1");
        RosterSeed.member(mine, myMember);
        RosterSeed.member(theirs, theirMember);
        String admin = TestTokens.token(Roles.COMMUNITY_ADMIN, mine);
        String household = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(HouseholdsTest.HOUSEHOLD.replace("grid-3", "grid-1"))
                .post("/communities/" + mine + "/households")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        long before = rowsWritten();

        for (String member : List.of(theirMember, UUID.randomUUID().toString())) {
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of("memberId", member, "householdId", household, "startDate", "2026-01-05"))
                    .post("/communities/" + mine + "/pairings")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("memberId")))
                    .body("detail", containsString(member));
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "householdId",
                            household,
                            "memberId",
                            member,
                            "visitedOn",
                            LocalDate.now().minusDays(1).toString()))
                    .post("/communities/" + mine + "/visits")
                    .then()
                    .statusCode(422)
                    .body("errors.field", equalTo(List.of("memberId")));
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "王建国", "memberId", member))
                    .post("/communities/" + mine + "/volunteers")
                    .then()
                    .statusCode(422)
                    .body("errors.field", equalTo(List.of("memberId")));
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "title",
                            "网格走访",
                            "dueDate",
                            "2026-12-31",
                            "grids",
                            List.of(Map.of("gridId", "grid-1", "memberId", member))))
                    .post("/communities/" + mine + "/visit-campaigns")
                    .then()
                    .statusCode(422)
                    .body("errors.field", equalTo(List.of("grids[0].memberId")));
        }

        assertThat(rowsWritten()).isEqualTo(before);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", myMember, "householdId", household, "startDate", "2026-01-05"))
                .post("/communities/" + mine + "/pairings")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "王建国", "memberId", myMember))
                .post("/communities/" + mine + "/volunteers")
                .then()
                .statusCode(201);
    }

    private static String fresh() {
        String community = "o" + UUID.randomUUID().toString().substring(0, 8);
        return community;
    }

    /** Every table a refused request could have written to. */
    private long rowsWritten() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("""
                                        select (select count(*) from household) + (select count(*) from pairing)
                                             + (select count(*) from visit) + (select count(*) from visit_campaign)
                                             + (select count(*) from volunteer)
                                             + (select count(*) from notification_campaign)
                                             + (select count(*) from outbox_event)""").getSingleResult()).longValue());
    }
}
