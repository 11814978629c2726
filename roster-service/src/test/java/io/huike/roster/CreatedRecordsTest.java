package io.huike.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A grid, a closure and a member's leave answer their creation with 201, the new id and a Location that reads the
 * same record back; another community's caller finds it neither at that address (403) nor under its own community
 * (404).
 */
@QuarkusTest
class CreatedRecordsTest {

    private static final String COMMUNITY = "nanmen";
    private static final String DESK = TestTokens.token(Roles.DUTY_MEMBER, COMMUNITY);
    private static final String STRANGER =
            TestTokens.token(Set.of(Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN), List.of("beimen"));

    @BeforeEach
    void community() {
        Fixtures.community(COMMUNITY, "NM");
        Fixtures.community("beimen", "BM");
    }

    @Test
    void aGridIsAnsweredWithItsLocation() {
        ExtractableResponse<Response> created =
                create("/communities/{c}/grids", "{\"id\":\"grid-loc\",\"name\":\"第九网格\"}");

        assertThat(created.header("Location")).endsWith("/communities/nanmen/grids/grid-loc");
        assertReadBack(created, "grid-loc");
    }

    @Test
    void aClosureIsAnsweredWithItsLocation() {
        ExtractableResponse<Response> created =
                create("/communities/{c}/calendar/closures", "{\"date\":\"2026-11-11\",\"reason\":\"停电检修\"}");

        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/communities/nanmen/calendar/closures/" + id);
        assertReadBack(created, id).body("date", equalTo("2026-11-11"));
    }

    @Test
    void leaveIsAnsweredWithItsLocation() {
        String member = Fixtures.member(COMMUNITY, "赵敏", "13500006666", List.of());

        ExtractableResponse<Response> created = create(
                "/communities/{c}/members/" + member + "/leave",
                "{\"firstDay\":\"2026-12-21\",\"lastDay\":\"2026-12-23\",\"reason\":\"年假\"}");

        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/communities/nanmen/members/" + member + "/leave/" + id);
        assertReadBack(created, id).body("memberId", equalTo(member)).body("lastDay", equalTo("2026-12-23"));
    }

    @Test
    void leaveIsNotFoundUnderAnotherMember() {
        String member = Fixtures.member(COMMUNITY, "钱进", "13500007777", List.of());
        String other = Fixtures.member(COMMUNITY, "孙立", "13500008888", List.of());
        String id = create(
                        "/communities/{c}/members/" + member + "/leave",
                        "{\"firstDay\":\"2026-12-24\",\"lastDay\":\"2026-12-24\"}")
                .path("id");

        given().auth()
                .oauth2(DESK)
                .get("/communities/{c}/members/{m}/leave/{id}", COMMUNITY, other, id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static ExtractableResponse<Response> create(String path, String body) {
        return given().auth()
                .oauth2(Fixtures.admin(COMMUNITY))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path, COMMUNITY)
                .then()
                .statusCode(201)
                .extract();
    }

    /** The Location answers the created record to a reader of the community and to no other community's caller. */
    private static io.restassured.response.ValidatableResponse assertReadBack(
            ExtractableResponse<Response> created, String id) {
        String location = created.header("Location");
        Map<String, Object> answered = created.jsonPath().getMap("");
        assertThat(answered).containsEntry("id", id);

        given().auth().oauth2(STRANGER).get(location).then().statusCode(403);
        given().auth()
                .oauth2(STRANGER)
                .get(location.replace("/communities/" + COMMUNITY + "/", "/communities/beimen/"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        var read = given().auth().oauth2(DESK).get(location).then().statusCode(200);
        assertThat(read.extract().jsonPath().getMap("")).isEqualTo(answered);
        return read;
    }
}
