package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The desk finds cases by words inside Chinese sentences and lists them by status, category and overdue, page by page. */
@QuarkusTest
class CaseListsTest {

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
}
