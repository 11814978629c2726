package io.huike.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The live stream of figure changes, which tells a dashboard to reload. */
@QuarkusTest
class FigureChangesTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @TestHTTPResource("/figure-changes")
    URI changes;

    @Test
    void aLiveViewHearsOfAnAppliedEventOfItsCommunityOnly() {
        String community = "c" + UUID.randomUUID().toString().substring(0, 8);
        HttpRequest request = HttpRequest.newBuilder(changes)
                .header("Authorization", "Bearer " + TestTokens.token(Roles.DISTRICT_SUPERVISOR, community))
                .header("Accept", "text/event-stream")
                .build();
        CompletableFuture<Optional<String>> firstData = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> firstData(response.body()));

        // The stream may open after an event was applied, so each poll applies another one until one is heard.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String other = "o" + UUID.randomUUID().toString().substring(0, 8);
                    TopicRecords.publish(kafka, "case-events", other, registration(other));
                    TopicRecords.publish(kafka, "case-events", community, registration(community));
                    return firstData.isDone();
                });

        assertThat(firstData.join()).get().asString().contains(community).contains("case.registered.v1");
    }

    private static Optional<String> firstData(Stream<String> lines) {
        return lines.filter(line -> line.startsWith("data:")).findFirst();
    }

    private static String registration(String community) {
        String caseId = UUID.randomUUID().toString();
        return Envelopes.envelope(
                "case-service",
                community,
                caseId,
                "case.registered.v1",
                1,
                Envelopes.data()
                        .put("caseId", caseId)
                        .put("trackingNumber", "X-1")
                        .put("channel", "PHONE")
                        .put("category", "GAS")
                        .put("urgency", "NORMAL")
                        .put("title", "t")
                        .put("registeredAt", "2026-05-06T01:30:00Z")
                        .put("firstContactDueAt", "2026-05-06T16:00:00Z")
                        .put("feedbackDueAt", "2026-05-12T16:00:00Z"));
    }
}
