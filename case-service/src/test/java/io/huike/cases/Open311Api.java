package io.huike.cases;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** Drives Open311 as an integrating system would, and takes its cases on as the community's desk would. */
final class Open311Api {

    static final String V2 = "/open311/v2";

    private Open311Api() {}

    static String keysPath(CaseApi api) {
        return "/communities/" + api.community + "/open311-keys";
    }

    /** A key the community's admin issued; {@code field} picks what of the answer: the key, or its id. */
    private static String issue(CaseApi api, String field) {
        return given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "grid-platform"))
                .post(keysPath(api))
                .then()
                .statusCode(201)
                .extract()
                .path(field);
    }

    static String issueKey(CaseApi api) {
        return issue(api, "key");
    }

    static String issueKeyId(CaseApi api) {
        return issue(api, "id");
    }

    /** The query string every read needs: {@code ?jurisdiction_id=…&api_key=…}. */
    static String query(CaseApi api, String key) {
        return "?jurisdiction_id=" + api.community + "&api_key=" + key;
    }

    static Response services(String community, String key, String format) {
        var request = given().queryParam("jurisdiction_id", community);
        if (key != null) {
            request = request.queryParam("api_key", key);
        }
        return request.get(V2 + "/services." + format);
    }

    /** Posts the fields percent-encoded in UTF-8 with no charset named, as curl -d does. */
    static Response submit(Map<String, String> fields, String format) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return given().config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("application/x-www-form-urlencoded")
                .body(body)
                .post(V2 + "/requests." + format);
    }

    /** A request of a service that asks no attributes, placed by address; its service_request_id. */
    static String submitted(CaseApi api, String key, String service, String description) {
        return submit(
                        Map.of(
                                "api_key", key,
                                "jurisdiction_id", api.community,
                                "service_code", service,
                                "description", description,
                                "address_string", "鼓楼小区"),
                        "json")
                .then()
                .statusCode(201)
                .extract()
                .path("[0].service_request_id");
    }

    /** The case's id, assigned to a member of the community and taken on by phone. */
    static void takeOn(CaseApi api, String id) {
        String member = "m-o311-" + api.community;
        RosterSeed.member(api.community, member);
        api.act(api.admin, id, "assignment", Map.of("memberId", member)).then().statusCode(200);
        api.act(api.handler, id, "start", Map.of("contactMethod", "PHONE"))
                .then()
                .statusCode(200);
    }

    /** The case taken on, resolved, the resident told by phone, and closed. */
    static void resolveAndClose(CaseApi api, String id, String actionsTaken) {
        api.act(api.handler, id, "resolution", Map.of("outcome", "RESOLVED", "actionsTaken", actionsTaken))
                .then()
                .statusCode(200);
        api.act(
                        api.handler,
                        id,
                        "feedback",
                        Map.of("method", "PHONE", "toldAt", Instant.now().toString(), "satisfaction", "SATISFIED"))
                .then()
                .statusCode(200);
        api.act(api.admin, id, "closing", null).then().statusCode(200);
    }

    /** The id of the community's case with this tracking number. */
    static String caseId(CaseApi api, String trackingNumber) {
        return given().auth()
                .oauth2(api.admin)
                .get(api.path() + "?channel=OPEN311")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.trackingNumber == '" + trackingNumber + "' }.id");
    }
}
