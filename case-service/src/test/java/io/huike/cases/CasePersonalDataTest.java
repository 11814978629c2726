package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Residents' numbers are masked for the desk wherever they are written, and every read in clear is in the read log, which pages past any length and filters by time. */
@QuarkusTest
class CasePersonalDataTest {

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
}
