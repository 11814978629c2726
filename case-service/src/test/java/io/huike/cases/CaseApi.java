package io.huike.cases;

import static io.restassured.RestAssured.given;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** Drives the case API as the desk, a handler and the admin of one community would. */
final class CaseApi {

    final String community;
    final String desk;
    final String handler;
    final String admin;

    CaseApi(String community) {
        this.community = community;
        this.desk = TestTokens.token(Roles.DUTY_MEMBER, community);
        this.handler = TestTokens.token(Roles.CASE_HANDLER, community);
        this.admin = TestTokens.token(Roles.COMMUNITY_ADMIN, community);
    }

    /**
     * A community of its own for one test, registered with the roster, so that counts and searches see only that
     * test's cases.
     */
    static CaseApi freshCommunity() {
        CaseApi api = new CaseApi("t" + UUID.randomUUID().toString().substring(0, 8));
        RosterSeed.community(api.community);
        return api;
    }

    String path() {
        return "/communities/" + community + "/cases";
    }

    String register(Map<String, Object> body) {
        return given().auth()
                .oauth2(desk)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    String register(String category, String description) {
        return register(Map.of("channel", "RECEPTION_ROOM", "category", category, "description", description));
    }

    String etag(String id) {
        return given().auth()
                .oauth2(admin)
                .get(path() + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** Performs an action with the case's current ETag. */
    Response act(String token, String id, String action, Object body) {
        var request = given().auth().oauth2(token).header("If-Match", etag(id)).contentType(ContentType.JSON);
        return (body == null ? request : request.body(body)).post(path() + "/" + id + "/" + action);
    }

    Response read(String token, String id) {
        return given().auth().oauth2(token).get(path() + "/" + id);
    }
}
