package io.huike.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A live stream lasts no longer than its token, and one subject holds only a few at once. */
@QuarkusTest
class LiveStreamLimitsTest {

    @TestHTTPResource("/figure-changes")
    URI changes;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStreamEndsWhenItsTokenExpiresAndFreesItsPlace() throws Exception {
        String subject = "viewer-" + UUID.randomUUID();
        Instant now = Instant.now();
        String shortLived = token(subject, now.plusSeconds(4));
        List<HttpResponse<Stream<String>>> opened = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<Stream<String>> response = http.send(request(shortLived), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            opened.add(response);
        }

        for (HttpResponse<Stream<String>> response : opened) {
            // The body ends (the server closes the stream) once the token's exp has passed.
            CompletableFuture<Long> ended =
                    CompletableFuture.supplyAsync(() -> response.body().count());
            ended.get(60, TimeUnit.SECONDS);
        }

        HttpResponse<Stream<String>> another = http.send(
                request(token(subject, Instant.now().plus(Duration.ofHours(1)))), HttpResponse.BodyHandlers.ofLines());
        assertThat(another.statusCode()).as("the ended streams no longer count").isEqualTo(200);
        another.body().close();
    }

    @Test
    void aSubjectMayHoldThreeStreamsAndIsToldToRetryForAFourth() throws Exception {
        String subject = "viewer-" + UUID.randomUUID();
        String token = token(subject, Instant.now().plus(Duration.ofHours(1)));
        List<HttpResponse<Stream<String>>> opened = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                HttpResponse<Stream<String>> response = http.send(request(token), HttpResponse.BodyHandlers.ofLines());
                assertThat(response.statusCode()).isEqualTo(200);
                opened.add(response);
            }

            HttpResponse<String> fourth = http.send(request(token), HttpResponse.BodyHandlers.ofString());
            assertThat(fourth.statusCode()).isEqualTo(429);
            assertThat(fourth.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(fourth.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(
                            seconds -> assertThat(Long.parseLong(seconds)).isPositive());
            JsonNode problem = new ObjectMapper().readTree(fourth.body());
            assertThat(problem.path("type").asText()).isEqualTo("urn:huike:problem:too-many-streams");
            assertThat(problem.path("status").asInt()).isEqualTo(429);

            HttpResponse<Stream<String>> someoneElse = http.send(
                    request(token("viewer-" + UUID.randomUUID(), Instant.now().plus(Duration.ofHours(1)))),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(someoneElse.statusCode()).as("the limit is per subject").isEqualTo(200);
            opened.add(someoneElse);
        } finally {
            opened.forEach(response -> response.body().close());
        }
    }

    private String token(String subject, Instant expiry) {
        return TestTokens.sign(TestTokens.claims(Set.of(Roles.DISTRICT_SUPERVISOR), List.of("gulou"))
                .subject(subject)
                .upn(subject)
                .issuedAt(Instant.now())
                .expiresAt(expiry));
    }

    private HttpRequest request(String token) {
        return HttpRequest.newBuilder(changes)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build();
    }
}
