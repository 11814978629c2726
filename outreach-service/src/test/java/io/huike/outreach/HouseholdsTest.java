package io.huike.outreach;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Households over HTTP: masked and audited phone numbers, versions, and refusals across communities. */
@QuarkusTest
class HouseholdsTest {

    static final String HOUSEHOLD = """
            {"name":"马大爷","kind":"ELDERLY_LIVING_ALONE","address":"鼓楼巷 12 号 2 单元 301","gridId":"grid-3",
             "needs":"行动不便，需要代缴医保、代取药",
             "contacts":[{"name":"马建国","relation":"儿子","phone":"13812345678"}]}""";

    private static final String ADMIN = TestTokens.token(Roles.COMMUNITY_ADMIN, "gulou");

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void gulouIsKnownWithItsGrid() {
        RosterSeed.grid("gulou", "grid-3");
    }

    @Test
    void aDutyMemberSeesThePhoneMaskedAndNoReadIsAudited() {
        String id = register(ADMIN);
        long before = auditedReads(id);

        given().auth()
                .oauth2(TestTokens.token(Roles.DUTY_MEMBER, "gulou"))
                .get("/communities/gulou/households/" + id)
                .then()
                .statusCode(200)
                .body("contacts[0].phone", equalTo("138****5678"))
                .body("contacts[0].name", equalTo("马建国"));
        given().auth()
                .oauth2(TestTokens.token(Roles.DISTRICT_SUPERVISOR, "gulou"))
                .get("/communities/gulou/households?gridId=grid-3")
                .then()
                .statusCode(200)
                .body("find { it.id == '%s' }.contacts[0].phone".formatted(id), equalTo("138****5678"));

        assertThat(auditedReads(id)).isEqualTo(before);
    }

    @Test
    void aCaseHandlerSeesThePhoneInFullAndTheAdminReadsWhoDidInTheAuditLog() {
        String id = register(ADMIN);
        String handler = TestTokens.token(Set.of(Roles.CASE_HANDLER), List.of("gulou"));
        long before = auditedReads(id);

        given().auth()
                .oauth2(handler)
                .get("/communities/gulou/households/" + id)
                .then()
                .statusCode(200)
                .body("contacts[0].phone", equalTo("13812345678"));

        assertThat(auditedReads(id)).isEqualTo(before + 1);
        given().auth()
                .oauth2(ADMIN)
                .get("/communities/gulou/personal-data-reads")
                .then()
                .statusCode(200)
                .body("recordId", hasItem(id))
                .body("find { it.recordId == '%s' }.recordType".formatted(id), equalTo("household"));
        given().auth()
                .oauth2(handler)
                .get("/communities/gulou/personal-data-reads")
                .then()
                .statusCode(403);
    }

    @Test
    void anotherCommunitysHouseholdIsRefusedOrNotFoundForReadsAndWrites() {
        String id = register(ADMIN);
        String xinhua = TestTokens.token(Roles.COMMUNITY_ADMIN, "xinhua");

        given().auth()
                .oauth2(xinhua)
                .get("/communities/xinhua/households/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(xinhua)
                .get("/communities/gulou/households/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(xinhua)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(HOUSEHOLD.replace("\"kind\":\"ELDERLY_LIVING_ALONE\",", "\"status\":\"MOVED_AWAY\","))
                .put("/communities/xinhua/households/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(ADMIN)
                .get("/communities/gulou/households/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void aRevisionNeedsTheVersionItChanges() {
        String id = register(ADMIN);
        String revision = HOUSEHOLD.replace("\"kind\":\"ELDERLY_LIVING_ALONE\",", "\"status\":\"MOVED_AWAY\",");

        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(revision)
                .put("/communities/gulou/households/" + id)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(revision)
                .put("/communities/gulou/households/" + id)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(revision)
                .put("/communities/gulou/households/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("MOVED_AWAY"));
    }

    @Test
    void aBadPhoneAndAMissingKindAreNamedAndNothingIsWritten() {
        long before = households();

        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(HOUSEHOLD.replace("13812345678", "call me").replace("\"kind\":\"ELDERLY_LIVING_ALONE\",", ""))
                .post("/communities/gulou/households")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("contacts[0].phone"))
                .body("errors.field", hasItem("kind"));

        assertThat(households()).isEqualTo(before);
    }

    @Test
    void onlyAnAdminRegistersAndOnlyInItsOwnCommunity() {
        given().auth()
                .oauth2(TestTokens.token(Roles.DUTY_MEMBER, "gulou"))
                .contentType(ContentType.JSON)
                .body(HOUSEHOLD)
                .post("/communities/gulou/households")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, "xinhua"))
                .contentType(ContentType.JSON)
                .body(HOUSEHOLD)
                .post("/communities/gulou/households")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(HOUSEHOLD)
                .post("/communities/gulou/households")
                .then()
                .statusCode(401);
    }

    static String register(String token) {
        return registerInGrid(token, "grid-3");
    }

    static String registerInGrid(String token, String grid) {
        RosterSeed.grid("gulou", grid);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(HOUSEHOLD.replace("\"grid-3\"", "\"" + grid + "\""))
                .post("/communities/gulou/households")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private long auditedReads(String householdId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from personal_data_read where record_id = ?1")
                                .setParameter(1, householdId)
                                .getSingleResult())
                        .longValue());
    }

    private long households() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from household")
                                .getSingleResult())
                        .longValue());
    }
}
