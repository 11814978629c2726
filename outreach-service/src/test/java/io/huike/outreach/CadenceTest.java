package io.huike.outreach;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cadence rules over HTTP: the tasks they set households until the activity is done or the rule retired. */
@QuarkusTest
class CadenceTest {

    private static final String ADMIN = TestTokens.token(Roles.COMMUNITY_ADMIN, "gulou");
    private static final String MEMBER = TestTokens.token(Roles.DUTY_MEMBER, "gulou");

    @BeforeEach
    void gulouIsKnown() {
        RosterSeed.community("gulou");
    }

    @Test
    void aMonthlyCallIsDueUntilItIsMadeAndARetiredRuleAsksForNothing() {
        LocalDate today = CommunityDays.today();
        String household = HouseholdsTest.register(ADMIN);
        String rule = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"householdKind\":\"ELDERLY_LIVING_ALONE\",\"activityKind\":\"PHONE_CALL\","
                        + "\"period\":\"MONTHLY\",\"description\":\"独居老人每月电话问候一次\"}")
                .post("/communities/gulou/cadence-rules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/cadence-tasks?on=" + today)
                .then()
                .statusCode(200)
                .body(
                        "find { it.householdId == '%s' && it.ruleId == '%s' }.status".formatted(household, rule),
                        equalTo("DUE"))
                .body(
                        "find { it.householdId == '%s' && it.ruleId == '%s' }.dueBy".formatted(household, rule),
                        equalTo(today.withDayOfMonth(today.lengthOfMonth()).toString()));

        String pairing = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"memberId\":\"%s\",\"householdId\":\"%s\",\"startDate\":\"%s\"}"
                        .formatted(PairingsTest.newMember(), household, today))
                .post("/communities/gulou/pairings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"PHONE_CALL\",\"doneOn\":\"%s\",\"notes\":\"老人说腿脚好些了\"}".formatted(today))
                .post("/communities/gulou/pairings/" + pairing + "/activities")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/cadence-tasks?on=" + today)
                .then()
                .statusCode(200)
                .body("findAll { it.ruleId == '%s' }.householdId".formatted(rule), not(hasItem(household)));

        given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, "xinhua"))
                .delete("/communities/xinhua/cadence-rules/" + rule)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(ADMIN)
                .delete("/communities/gulou/cadence-rules/" + rule)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/cadence-rules")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(rule)));
    }

    @Test
    void daysBeforeBelongsOnlyToARuleBeforeHolidays() {
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"householdKind\":\"HARDSHIP\",\"activityKind\":\"HOME_VISIT_WITH_SUPPORT\","
                        + "\"period\":\"BEFORE_HOLIDAYS\"}")
                .post("/communities/gulou/cadence-rules")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("daysBefore"));
    }
}
