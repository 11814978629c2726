package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A 12345 hotline work order is one case however often, and however concurrently, it is sent: retries with an Idempotency-Key answer the first case, keys belong to their client, and one hotline reference is one case. */
@QuarkusTest
class HotlineIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> HOTLINE_CASE = Map.of(
            "hotlineReference",
            "12345-20261126-0042",
            "category",
            "SANITATION",
            "description",
            "鼓楼小区3号楼旁垃圾堆放三天未清运",
            "resident",
            Map.of("name", "张女士", "phone", "13698765432"));

    @Inject
    EntityManager entityManager;

    @Test
    void aHotlineRetryWithTheSameKeyReturnsTheFirstCaseAndNeverASecond() {
        CaseApi api = CaseApi.freshCommunity();
        String hotline = TestTokens.token(Roles.INTEGRATION_CLIENT, api.community);
        String path = "/communities/" + api.community + "/hotline-cases";

        String first = given().auth()
                .oauth2(hotline)
                .header("Idempotency-Key", "k-1")
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post(path)
                .then()
                .statusCode(201)
                .body("channel", equalTo("HOTLINE_12345"))
                .extract()
                .path("id");
        String retried = given().auth()
                .oauth2(hotline)
                .header("Idempotency-Key", "k-1")
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post(path)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .path("id");

        assertThat(retried).isEqualTo(first);
        assertThat(casesOf(api.community)).isEqualTo(1);
        given().auth()
                .oauth2(hotline)
                .get(path + "/12345-20261126-0042")
                .then()
                .statusCode(200)
                .body("id", equalTo(first))
                .body("status", equalTo("REGISTERED"));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWithoutAKeyIs400() {
        CaseApi api = CaseApi.freshCommunity();
        String hotline = TestTokens.token(Roles.INTEGRATION_CLIENT, api.community);
        String path = "/communities/" + api.community + "/hotline-cases";
        given().auth()
                .oauth2(hotline)
                .header("Idempotency-Key", "k-2")
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post(path)
                .then()
                .statusCode(201);

        Map<String, Object> other = new java.util.HashMap<>(HOTLINE_CASE);
        other.put("description", "另一件事");
        given().auth()
                .oauth2(hotline)
                .header("Idempotency-Key", "k-2")
                .contentType(ContentType.JSON)
                .body(other)
                .post(path)
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(hotline)
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));

        assertThat(casesOf(api.community)).isEqualTo(1);
    }

    @Test
    void oneHotlineReferenceIsOneCaseHoweverManyKeysArriveAtOnce() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String hotline = TestTokens.token(Roles.INTEGRATION_CLIENT, api.community);
        String path = "/communities/" + api.community + "/hotline-cases";
        int requests = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String key = "burst-" + i;
                answers.add(callers.submit(() -> {
                    start.await();
                    return given().auth()
                            .oauth2(hotline)
                            .header("Idempotency-Key", key)
                            .contentType(ContentType.JSON)
                            .body(HOTLINE_CASE)
                            .post(path);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(120, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.<String>path("type")).endsWith("hotline-case-exists");
                }
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            callers.shutdownNow();
        }
        assertThat(casesOf(api.community)).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstRequestIsStillRunningIs409() {
        CaseApi api = CaseApi.freshCommunity();
        String hotline = TestTokens.token(Roles.INTEGRATION_CLIENT, api.community);
        String fingerprint = given().auth()
                .oauth2(hotline)
                .header("Idempotency-Key", "k-probe")
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post("/communities/" + api.community + "/hotline-cases")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        assertThat(fingerprint).isNotNull();
        // The first request with k-3 has claimed the key and not finished: that is what its row says.
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("""
                insert into idempotent_request (client_id, idempotency_key, fingerprint, state, claimed_at)
                select client_id, ?1, fingerprint, 'IN_FLIGHT', now() from idempotent_request
                where idempotency_key = ?2 and client_id like '%@' || ?3""")
                        .setParameter(1, "k-3")
                        .setParameter(2, "k-probe")
                        .setParameter(3, api.community)
                        .executeUpdate());

        given().auth()
                .oauth2(hotline)
                .header("Idempotency-Key", "k-3")
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post("/communities/" + api.community + "/hotline-cases")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void keysBelongToTheCallingClient() {
        CaseApi api = CaseApi.freshCommunity();
        String hotlineA = TestTokens.token(Roles.INTEGRATION_CLIENT, api.community);
        String hotlineB = io.smallrye.jwt.build.Jwt.issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .subject("another-system")
                .upn("another-system")
                .groups(java.util.Set.of(Roles.INTEGRATION_CLIENT))
                .claim("communities", List.of(api.community))
                .sign(privateKey());
        Map<String, Object> second = new java.util.HashMap<>(HOTLINE_CASE);
        second.put("hotlineReference", "12345-20261126-0043");

        given().auth()
                .oauth2(hotlineA)
                .header("Idempotency-Key", "shared")
                .contentType(ContentType.JSON)
                .body(HOTLINE_CASE)
                .post("/communities/" + api.community + "/hotline-cases")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(hotlineB)
                .header("Idempotency-Key", "shared")
                .contentType(ContentType.JSON)
                .body(second)
                .post("/communities/" + api.community + "/hotline-cases")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null);

        assertThat(casesOf(api.community)).isEqualTo(2);
    }

    private long casesOf(String community) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from cases where community_id = ?1")
                                .setParameter(1, community)
                                .getSingleResult())
                        .longValue());
    }

    private static java.security.PrivateKey privateKey() {
        try {
            return io.smallrye.jwt.util.KeyUtils.readPrivateKey("dev-keys/private.pem");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
