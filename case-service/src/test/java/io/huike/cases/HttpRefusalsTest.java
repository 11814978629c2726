package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the service answers to requests an outside tester sends at the HTTP edge: odd paths, parameters of the wrong
 * type, oversized or malformed bodies, methods a path does not take. Every refusal is a problem detail naming what
 * is at fault, and changes nothing.
 */
@QuarkusTest
class HttpRefusalsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String VALID_CASE =
            "{\"channel\":\"RECEPTION_ROOM\",\"category\":\"WATER_DRAINAGE\",\"description\":\"污水管堵塞\"}";

    private final CaseApi api = CaseApi.freshCommunity();

    private RequestSpecification raw() {
        return given().urlEncodingEnabled(false);
    }

    @Test
    void controlCharactersInAPathAreRefusedNamingThePathWithOrWithoutAToken() {
        List<String> paths = List.of(
                "/communities/" + api.community + "%00/cases",
                "/communities/" + api.community + "/cases/%00",
                "/communities/" + api.community + "%09/cases",
                "/communities/a%0d%0aforged%20log%20line/cases",
                "/communities/" + api.community + "/cases/%7f",
                "/communities/" + api.community + "/cases/%c3%28",
                "/nowhere%00");
        for (String path : paths) {
            for (RequestSpecification request : List.of(raw(), raw().auth().oauth2(api.admin))) {
                request.get(path).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("path"));
            }
        }
    }

    /**
     * A malformed escape or an unescaped character makes the request target no URI; it is refused as a problem detail
     * naming the part at fault, sent over a raw socket because an HTTP client would escape it first.
     */
    @Test
    void aRequestTargetThatIsNoUriIsRefusedNamingThePartAtFault() throws IOException {
        String cases = "/communities/" + api.community + "/cases";
        for (String target : List.of(
                cases + "/%zz",
                cases + "/%",
                "/communities/" + api.community + "%4/cases",
                cases + "/a\"b",
                cases + "?page=%zz")) {
            String answer = exchange("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer)
                    .as(target)
                    .startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains(target.contains("?") ? "\"field\":\"query\"" : "\"field\":\"path\"");
        }
    }

    @Test
    void otherPercentEncodedCharactersInAPathAreAnsweredWithAProblemNeverA500() {
        List<String> paths = List.of(
                "/communities/a%20b/cases/%25",
                "/communities/" + api.community + "%22/cases",
                "/communities/" + api.community + "%20/cases",
                "/communities/" + api.community + "/cases/%25",
                "/communities/" + api.community + "/cases/%22%3Cscript%3E",
                "/communities/" + api.community + "/cases/%2F",
                "/communities/%E9%BC%93%E6%A5%BC/cases",
                "/communities/" + api.community + "/cases/a%5Cb");
        for (String path : paths) {
            for (RequestSpecification request : List.of(raw(), raw().auth().oauth2(api.admin))) {
                request.get(path)
                        .then()
                        .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                        .contentType(PROBLEM);
            }
        }
    }

    @Test
    void oddPathsAddNoMetricSeriesOfTheirOwn() {
        String marker = "zq" + api.community;
        raw().get("/communities/" + marker + "%20x/cases/%25").then().statusCode(lessThan(500));
        raw().get("/communities/" + marker + "%00/cases").then().statusCode(400);
        raw().auth().oauth2(api.admin).get("/" + marker + "/nowhere").then().statusCode(404);
        raw().auth().oauth2(api.admin).get("/communities/" + api.community + "/cases/" + marker);

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain(marker);
    }

    @Test
    void aWordWhereANumberOrUuidIsExpectedIsRefusedNamingTheParameter() {
        RequestSpecification admin = given().auth().oauth2(api.admin);
        for (String id : List.of("abc", "1", "123e4567-e89b-12d3-a456", "1-2-3-4-5", "null")) {
            given().auth()
                    .oauth2(api.admin)
                    .get(api.path() + "/" + id)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("id"))
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("UUID"));
        }
        for (String page : List.of("abc", "1.5", "", "99999999999", " 1")) {
            admin.queryParam("page", page)
                    .get(api.path())
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("page"));
            admin = given().auth().oauth2(api.admin);
        }
        given().auth()
                .oauth2(api.admin)
                .get("/communities/" + api.community + "/deadline-rules/NOT_A_CATEGORY/NORMAL")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("category"));
        given().auth()
                .oauth2(api.admin)
                .queryParam("overdue", "maybe")
                .get(api.path())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("overdue"));
    }

    @Test
    void datesOutsideThePlatformsYearsAreRefusedNamingTheParameter() {
        for (String date : List.of(
                "-999999999-01-01", "+999999999-12-31", "-4714-11-24", "0000-01-01", "1899-12-31", "2200-01-01")) {
            given().auth()
                    .oauth2(api.admin)
                    .queryParam("registeredFrom", date)
                    .get(api.path())
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("registeredFrom"));
            given().auth()
                    .oauth2(api.desk)
                    .queryParam("to", date)
                    .get("/communities/" + api.community + "/reception-visits")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("to"));
        }
        given().auth()
                .oauth2(api.admin)
                .queryParam("registeredFrom", "1900-01-01")
                .queryParam("registeredTo", "2199-12-31")
                .get(api.path())
                .then()
                .statusCode(200);
    }

    @Test
    void aBodyWithMoreAfterItsJsonOrAFieldNamedTwiceIsRefusedAndNothingIsRegistered() {
        for (String body : List.of(
                VALID_CASE + " xyz",
                VALID_CASE + " {}",
                VALID_CASE + VALID_CASE,
                "{\"channel\":\"RECEPTION_ROOM\",\"category\":\"WATER_DRAINAGE\",\"description\":\"a\","
                        + "\"description\":\"b\"}",
                "{\"channel\":\"RECEPTION_ROOM\",\"channel\":\"RECEPTION_ROOM\",\"category\":\"WATER_DRAINAGE\","
                        + "\"description\":\"a\"}")) {
            given().auth()
                    .oauth2(api.desk)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(api.path())
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("body"));
        }
        given().auth().oauth2(api.admin).get(api.path()).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aBodyWithoutContentTypeIsRefusedWith415() {
        given().config(RestAssuredConfig.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth()
                .oauth2(api.desk)
                .body(VALID_CASE.getBytes(StandardCharsets.UTF_8))
                .post(api.path())
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(api.desk)
                .contentType(ContentType.TEXT)
                .body(VALID_CASE)
                .post(api.path())
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
    }

    /** A precondition is about a case that exists: for one that does not, the answer is 404 whatever If-Match says. */
    @Test
    void anActionOnACaseThatDoesNotExistIs404WithOrWithoutIfMatch() {
        String unknown = java.util.UUID.randomUUID().toString();
        for (String ifMatch : new String[] {null, "\"abc\"", "\"7\""}) {
            RequestSpecification request = given().auth().oauth2(api.handler).contentType(ContentType.JSON);
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            request.body("{\"contactMethod\":\"PHONE\"}")
                    .post(api.path() + "/" + unknown + "/start")
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void aMethodThePathDoesNotTakeIs405WithAllow() {
        given().auth()
                .oauth2(api.admin)
                .delete(api.path())
                .then()
                .statusCode(405)
                .contentType(PROBLEM)
                .header("Allow", org.hamcrest.Matchers.containsString("GET"))
                .header("Allow", org.hamcrest.Matchers.containsString("POST"));
        given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body("{}")
                .put(api.path() + "/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(405)
                .contentType(PROBLEM)
                .header("Allow", org.hamcrest.Matchers.containsString("GET"));
        given().auth()
                .oauth2(api.admin)
                .delete("/communities/" + api.community + "/case-settings")
                .then()
                .statusCode(405)
                .contentType(PROBLEM)
                .header("Allow", org.hamcrest.Matchers.containsString("PUT"));
    }

    @Test
    void aBodyOverTheLimitIs413ProblemBeforeItIsRead() throws IOException {
        for (long length : List.of(2L * 1024 * 1024 + 1, 9_900_000L, Long.MAX_VALUE / 2)) {
            String answer = exchange("POST " + api.path() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + api.desk + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n{\"description\":\"");
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
            assertThat(answer).contains("\"field\":\"body\"");
        }
        given().auth().oauth2(api.admin).get(api.path()).then().statusCode(200).body("size()", equalTo(0));
    }

    /** A chunked body announces no length; it is refused when what has arrived passes the limit. */
    @Test
    void aChunkedBodyOverTheLimitIs413ProblemAndRegistersNothing() throws IOException {
        String chunk = "x".repeat(64 * 1024);
        StringBuilder request = new StringBuilder("POST " + api.path() + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + api.desk + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        String opening = "{\"channel\":\"RECEPTION_ROOM\",\"category\":\"WATER_DRAINAGE\",\"description\":\"";
        request.append(Integer.toHexString(opening.length()))
                .append("\r\n")
                .append(opening)
                .append("\r\n");
        for (int i = 0; i < 40; i++) {
            request.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        request.append("2\r\n\"}\r\n0\r\n\r\n");

        String answer = exchange(request.toString());

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
        assertThat(answer).contains("\"field\":\"body\"");
        given().auth().oauth2(api.admin).get(api.path()).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws IOException {
        String body = VALID_CASE;
        String answer = exchange("POST " + api.path() + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + api.desk + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(body.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + body + "\r\n0\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 201");
        given().auth().oauth2(api.admin).get(api.path()).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aRequestLineOrHeadersOverTheLimitAreAnsweredWithAProblem() {
        for (int length : List.of(8_200, 20_000, 60_000)) {
            given().auth()
                    .oauth2(api.admin)
                    .queryParam("q", "x".repeat(length))
                    .get(api.path())
                    .then()
                    .statusCode(414)
                    .contentType(PROBLEM);
        }
        for (int length : List.of(21_000, 40_000, 60_000)) {
            given().auth()
                    .oauth2(api.admin)
                    .header("X-Padding", "x".repeat(length))
                    .get(api.path())
                    .then()
                    .statusCode(431)
                    .contentType(PROBLEM);
        }
    }

    /** Sends a request as written and reads the answer until the server closes the connection. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
