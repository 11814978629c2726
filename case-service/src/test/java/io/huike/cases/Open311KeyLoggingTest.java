package io.huike.cases;

import static io.huike.cases.Open311Api.V2;
import static io.huike.cases.Open311Api.issueKey;
import static io.huike.cases.Open311Api.query;
import static io.huike.cases.Open311Api.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * An Open311 client's api_key, in the query string of a read or the form of a post, is never written to the log: not
 * by the access log (turned on here, as a deployer may), nor with a refusal or a problem of the HTTP edge.
 */
@QuarkusTest
@TestProfile(Open311KeyLoggingTest.AccessLogged.class)
class Open311KeyLoggingTest {

    /** The access log on, as a deployer may turn it on. */
    public static class AccessLogged implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.access-log.enabled", "true");
        }
    }

    @Test
    void theKeyIsWrittenNeitherByTheAccessLogNorWithRefusals() throws InterruptedException {
        CaseApi api = CaseApi.freshCommunity();
        String key = issueKey(api);
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord line) {
                StringWriter text = new StringWriter();
                text.append(line.getLoggerName()).append(' ').append(String.valueOf(line.getMessage()));
                if (line.getParameters() != null) {
                    for (Object parameter : line.getParameters()) {
                        text.append(' ').append(String.valueOf(parameter));
                    }
                }
                if (line.getThrown() != null) {
                    line.getThrown().printStackTrace(new PrintWriter(text));
                }
                logged.add(text.toString());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Map<String, String> post = Map.of(
                    "api_key", key,
                    "jurisdiction_id", api.community,
                    "service_code", "GAS",
                    "description", "燃气味",
                    "address_string", "鼓楼小区2号楼");
            given().get(V2 + "/services.json" + query(api, key)).then().statusCode(200);
            given().get(V2 + "/requests.json" + query(api, key) + "&start_date=yesterday")
                    .then()
                    .statusCode(400);
            given().get(V2 + "/requests/GL-0000-000000.xml" + query(api, key))
                    .then()
                    .statusCode(404);
            given().get(V2 + "/services.csv" + query(api, key)).then().statusCode(404);
            given().accept("image/png")
                    .get(V2 + "/services.json" + query(api, key))
                    .then()
                    .statusCode(406);
            given().get(V2 + "/requests.json?jurisdiction_id=elsewhere&api_key=" + key)
                    .then()
                    .statusCode(403);
            submit(post, "json").then().statusCode(201);
            submit(Map.of("api_key", key, "jurisdiction_id", api.community), "json")
                    .then()
                    .statusCode(400);
            submit(Map.of("api_key", key, "jurisdiction_id", "elsewhere"), "xml")
                    .then()
                    .statusCode(403);
            // The access log writes a line once the answer is sent: a last request marks that the others are written.
            given().get(V2 + "/discovery.json").then().statusCode(200);
            for (int wait = 0; wait < 100 && logged.stream().noneMatch(l -> l.contains("discovery.json")); wait++) {
                Thread.sleep(100);
            }
        } finally {
            root.removeHandler(capture);
        }

        assertThat(logged)
                .as("the access log wrote the requests")
                .anySatisfy(line -> assertThat(line).contains("GET /open311/v2/services.json"))
                .anySatisfy(line -> assertThat(line).contains("/open311/v2/discovery.json"))
                .anySatisfy(line -> assertThat(line).contains("POST /open311/v2/requests.json"));
        assertThat(logged).noneSatisfy(line -> assertThat(line).contains(key));
    }
}
