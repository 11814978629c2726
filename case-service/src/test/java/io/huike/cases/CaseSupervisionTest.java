package io.huike.cases;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseSupervisionTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aCommunitySetsItsOwnDeadlinesForACategory() {
        CaseApi api = CaseApi.freshCommunity();
        given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("firstContact", "2h", "feedback", "12h"))
                .put("/communities/" + api.community + "/deadline-rules/SANITATION/NORMAL")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(api.desk)
                .contentType(ContentType.JSON)
                .body(Map.of("firstContact", "2h", "feedback", "12h"))
                .put("/communities/" + api.community + "/deadline-rules/SANITATION/NORMAL")
                .then()
                .statusCode(403);

        String id = api.register("SANITATION", "垃圾清理");

        String registeredAt = api.read(api.admin, id).then().extract().path("registeredAt");
        api.read(api.admin, id)
                .then()
                .body(
                        "firstContact.dueAt",
                        equalTo(Instant.parse(registeredAt)
                                .plus(Duration.ofHours(2))
                                .toString()))
                .body(
                        "feedback.dueAt",
                        equalTo(Instant.parse(registeredAt)
                                .plus(Duration.ofHours(12))
                                .toString()));
        given().auth()
                .oauth2(api.desk)
                .get("/communities/" + api.community + "/deadline-rules/GAS/URGENT")
                .then()
                .body("firstContact", equalTo("1h"))
                .body("feedback", equalTo("2h"));
    }

    @Test
    void aDeadlineRuleOutsideWhatTheSchemaAllowsIsRefusedNamingTheFieldAndItsEdgesAreAccepted() {
        CaseApi api = CaseApi.freshCommunity();
        String path = "/communities/" + api.community + "/deadline-rules/SANITATION/NORMAL";
        for (String rule : List.of("0h", "400h", "999wd", "241h", "31wd", "0wd", "007h")) {
            given().auth()
                    .oauth2(api.admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of("firstContact", rule, "feedback", "5wd"))
                    .put(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("firstContact"));
        }
        given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("firstContact", "240h", "feedback", "30wd"))
                .put(path)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(api.desk)
                .get(path)
                .then()
                .body("firstContact", equalTo("240h"))
                .body("feedback", equalTo("30wd"));
    }

    @Test
    void theReminderListShowsWhatFallsDueSoonestFirst() {
        CaseApi api = CaseApi.freshCommunity();
        String utility = api.register("GAS", "燃气表漏气");
        String general = api.register("POLICY_CONSULTATION", "医保政策咨询");
        String urgent = api.register(
                Map.of("channel", "PHONE", "category", "HEALTH", "urgency", "URGENT", "description", "独居老人摔倒"));

        List<String> withinADay = given().auth()
                .oauth2(api.desk)
                .queryParam("withinHours", 24)
                .get("/communities/" + api.community + "/case-reminders")
                .then()
                .statusCode(200)
                .extract()
                .path("id");

        assertThat(withinADay).startsWith(urgent, utility);
        assertThat(withinADay.indexOf(general)).isIn(-1, 2);
    }

    @Test
    void theDistrictSeesOverdueCasesOfItsCommunitiesOnly() {
        CaseApi north = CaseApi.freshCommunity();
        CaseApi south = CaseApi.freshCommunity();
        CaseApi elsewhere = CaseApi.freshCommunity();
        String lateNorth = north.register("SANITATION", "垃圾清理");
        north.register("SANITATION", "还未到期");
        String lateSouth = south.register("GAS", "燃气");
        String lateElsewhere = elsewhere.register("GAS", "燃气");
        for (String id : List.of(lateNorth, lateSouth, lateElsewhere)) {
            pushDeadlinesIntoThePast(id);
        }
        String supervisor = TestTokens.token(
                java.util.Set.of(Roles.DISTRICT_SUPERVISOR), List.of(north.community, south.community));

        List<String> overdue = given().auth()
                .oauth2(supervisor)
                .get("/supervision/overdue-cases")
                .then()
                .statusCode(200)
                .extract()
                .path("id");

        assertThat(overdue).containsExactlyInAnyOrder(lateNorth, lateSouth);
        given().auth()
                .oauth2(supervisor)
                .queryParam("overdue", true)
                .get(north.path())
                .then()
                .body("id", equalTo(List.of(lateNorth)))
                .body("[0].overdue", equalTo(true));
    }

    /** As if the case had been registered a week ago: both its deadlines now lie in the past. */
    private void pushDeadlinesIntoThePast(String id) {
        QuarkusTransaction.requiringNew()
                .run(() ->
                        entityManager.createNativeQuery("""
                update cases set first_contact_due_at = now() - interval '6 days',
                                 feedback_due_at = now() - interval '1 day' where id = cast(?1 as uuid)""").setParameter(1, id).executeUpdate());
    }
}
