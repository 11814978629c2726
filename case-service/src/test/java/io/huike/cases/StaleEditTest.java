package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.huike.cases.deadlines.OverdueWatch;
import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An edit from an old version of a case is refused, and told who changed the case since and when. */
@QuarkusTest
class StaleEditTest {

    @Inject
    OverdueWatch overdueWatch;

    @Test
    void aStaleEditIsToldWhoMadeTheLatestChangeAndWhenAndChangesNothing() {
        CaseApi api = CaseApi.freshCommunity();
        String wang = adminNamed("wang-admin", api.community);
        String li = adminNamed("li-admin", api.community);
        RosterSeed.member(api.community, "m-zhao-" + api.community);
        RosterSeed.member(api.community, "m-sun-" + api.community);
        String id = api.register("RENOVATION", "楼道扶手松动");
        String seenByWang = api.etag(id);
        assign(li, api, id, api.etag(id), "m-zhao-" + api.community).then().statusCode(200);
        String current = api.etag(id);

        Response refused = assign(wang, api, id, seenByWang, "m-sun-" + api.community);

        refused.then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:huike:problem:stale-version"))
                .body("changedBy", equalTo("li-admin"))
                .body("currentVersion", equalTo(Integer.parseInt(current.replace("\"", ""))));
        List<Map<String, Object>> timeline =
                api.read(api.admin, id).then().extract().path("timeline");
        Object assignedAt = timeline.stream()
                .filter(line -> String.valueOf(line.get("text")).startsWith("Assigned to"))
                .findFirst()
                .orElseThrow()
                .get("at");
        assertThat((String) refused.path("changedAt")).isEqualTo(assignedAt);
        assertThat(api.etag(id)).isEqualTo(current);
        api.read(api.admin, id).then().body("assigneeId", equalTo("m-zhao-" + api.community));
    }

    @Test
    void aChangeTheDeadlineWatchMadeIsNamedToo() {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register("POLICY_CONSULTATION", "低保政策咨询");
        String seen = api.etag(id);
        RosterSeed.member(api.community, "m-zhou-" + api.community);

        overdueWatch.announce(Instant.now().plus(Duration.ofDays(40)));

        assign(api.admin, api, id, seen, "m-zhou-" + api.community)
                .then()
                .statusCode(412)
                .body("changedBy", equalTo("deadline-watch"));
    }

    @Test
    void theRegistrationIsTheLatestChangeUntilAnother() {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register("SANITATION", "垃圾清运不及时");
        RosterSeed.member(api.community, "m-qian-" + api.community);
        String registeredAt = api.read(api.admin, id).then().extract().path("registeredAt");

        assign(api.admin, api, id, "\"99\"", "m-qian-" + api.community)
                .then()
                .statusCode(412)
                .body("changedBy", equalTo("tester"))
                .body("changedAt", equalTo(registeredAt))
                .body("currentVersion", equalTo(0));
    }

    private static Response assign(String token, CaseApi api, String id, String ifMatch, String memberId) {
        return given().auth()
                .oauth2(token)
                .header("If-Match", ifMatch)
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", memberId))
                .post(api.path() + "/" + id + "/assignment");
    }

    private static String adminNamed(String name, String community) {
        return TestTokens.sign(TestTokens.claims(Set.of(Roles.COMMUNITY_ADMIN), List.of(community))
                .upn(name)
                .subject(name));
    }
}
