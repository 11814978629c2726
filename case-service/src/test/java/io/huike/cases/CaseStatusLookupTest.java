package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A resident looks up their case by its tracking number and the last four digits of their phone, without logging in. */
@QuarkusTest
class CaseStatusLookupTest {

    private static final String PATH = "/case-status-lookups";

    @Test
    void theRightDigitsShowTheCaseAndItsShareableLinesOnly() {
        CaseApi api = CaseApi.freshCommunity();
        RosterSeed.member(api.community, "m-li-" + api.community);
        String id = api.register(Map.of(
                "channel", "PHONE",
                "category", "WATER_DRAINAGE",
                "description", "杨先生家门口污水管堵塞，邻居张某说是物业的责任",
                "resident", Map.of("name", "杨先生", "phone", "138 1234 5678")));
        api.act(api.admin, id, "assignment", Map.of("memberId", "m-li-" + api.community))
                .then()
                .statusCode(200);
        note(api, id, "已联系市政维修公司，预计三天内疏通", true);
        note(api, id, "居民情绪激动，注意沟通方式", false);
        String trackingNumber = api.read(api.admin, id).then().extract().path("trackingNumber");

        Response answer = lookUp(trackingNumber.toLowerCase(), "5678", freshClient());

        answer.then()
                .statusCode(200)
                .body("trackingNumber", equalTo(trackingNumber))
                .body("category", equalTo("WATER_DRAINAGE"))
                .body("status", equalTo("ASSIGNED"))
                .body(
                        "registeredOn",
                        equalTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()))
                .body("firstContact.dueAt", notNullValue())
                .body("firstContact.met", equalTo(false))
                .body("feedback.met", equalTo(false))
                .body("timeline.text", hasItem("已联系市政维修公司，预计三天内疏通"))
                .body("timeline.text", not(hasItem("居民情绪激动，注意沟通方式")))
                .body("timeline[0].at", notNullValue());
        List<Map<String, Object>> timeline = answer.then().extract().path("timeline");
        assertThat(timeline).allSatisfy(line -> assertThat(line).containsOnlyKeys("at", "text"));
        assertThat(answer.asString())
                .doesNotContain("杨先生", "5678", "tester", "m-li-", "邻居张某", "Assigned")
                .doesNotContain(api.community + "\"");
    }

    @Test
    void wrongDigitsAnUnknownNumberAndACaseWithoutAPhoneGetTheSameAnswer() {
        CaseApi api = CaseApi.freshCommunity();
        String withPhone = trackingNumberOf(
                api,
                api.register(Map.of(
                        "channel", "PHONE",
                        "category", "GAS",
                        "description", "燃气表漏气",
                        "resident", Map.of("phone", "13912340001"))));
        String withoutPhone = trackingNumberOf(api, api.register("GAS", "燃气入户咨询"));
        String client = freshClient();

        Response wrongDigits = lookUp(withPhone, "0002", client);
        Response unknown = lookUp(api.community.toUpperCase() + "-2026-999999", "0001", client);
        Response noPhone = lookUp(withoutPhone, "0000", client);

        wrongDigits
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:huike:problem:no-matching-case"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(noPhone.statusCode()).isEqualTo(404);
        assertThat(unknown.asString()).isEqualTo(wrongDigits.asString());
        assertThat(noPhone.asString()).isEqualTo(wrongDigits.asString());
        lookUp(withPhone, "0001", client).then().statusCode(200);
    }

    @Test
    void fiveFailedLookupsLockTheNumberEvenForTheRightDigits() {
        CaseApi api = CaseApi.freshCommunity();
        String number = trackingNumberOf(
                api,
                api.register(Map.of(
                        "channel", "PHONE",
                        "category", "SANITATION",
                        "description", "垃圾未清运",
                        "resident", Map.of("phone", "13700004321"))));
        for (int i = 0; i < 5; i++) {
            lookUp(number, "000" + i, freshClient()).then().statusCode(404);
        }

        lookUp(number, "4321", freshClient())
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:huike:problem:too-many-lookups"))
                .body("retryAfterSeconds", notNullValue());
    }

    @Test
    void aClientAddressGetsThirtyLookupsAndThenWaits() {
        CaseApi api = CaseApi.freshCommunity();
        String client = freshClient();
        for (int i = 0; i < 30; i++) {
            // Each a different number, so that no number is locked.
            lookUp(api.community.toUpperCase() + "-2026-" + (100000 + i), "1234", client)
                    .then()
                    .statusCode(404);
        }

        Response refused = lookUp(api.community.toUpperCase() + "-2026-200000", "1234", client);

        refused.then().statusCode(429).body("type", equalTo("urn:huike:problem:too-many-lookups"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        lookUp(api.community.toUpperCase() + "-2026-200000", "1234", freshClient())
                .then()
                .statusCode(404);
    }

    @Test
    void aMalformedLookupIsABadRequestAndNotAFailedAttempt() {
        CaseApi api = CaseApi.freshCommunity();
        String number = trackingNumberOf(
                api,
                api.register(Map.of(
                        "channel", "PHONE",
                        "category", "HEALTH",
                        "description", "慢病药品代购",
                        "resident", Map.of("phone", "13600008765"))));
        String client = freshClient();

        for (Object digits : List.of("876", "87650", "87a5", "８７６５")) {
            lookUp(number, digits, client)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("phoneLast4"));
        }
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", client)
                .body(Map.of("trackingNumber", number))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("phoneLast4"));
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", client)
                .body(Map.of("phoneLast4", "8765"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("trackingNumber"));
        lookUp("GL 2026/000001", "8765", client).then().statusCode(400);

        lookUp(number, "8765", client).then().statusCode(200);
    }

    private static Response lookUp(String trackingNumber, Object phoneLast4, String client) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", client)
                .body(Map.of("trackingNumber", trackingNumber, "phoneLast4", phoneLast4))
                .post(PATH);
    }

    /** A client address of its own for each lookup or test, forwarded as the workbench on this machine does. */
    private static String freshClient() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return "2001:db8:" + hex.substring(0, 4) + ":" + hex.substring(4, 8) + "::" + hex.substring(8, 12);
    }

    private static String trackingNumberOf(CaseApi api, String id) {
        return api.read(api.admin, id).then().extract().path("trackingNumber");
    }

    private static void note(CaseApi api, String id, String text, boolean shareable) {
        given().auth()
                .oauth2(api.handler)
                .contentType(ContentType.JSON)
                .body(Map.of("text", text, "shareable", shareable))
                .post(api.path() + "/" + id + "/notes")
                .then()
                .statusCode(200);
    }
}
