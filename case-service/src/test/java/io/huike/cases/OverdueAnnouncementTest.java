package io.huike.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A deadline that passes unmet is announced once, on the topic, and puts the case on the supervision list. */
@QuarkusTest
class OverdueAnnouncementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    io.huike.cases.deadlines.OverdueWatch overdueWatch;

    @Test
    void aPassedDeadlineIsAnnouncedOnceAndFlagsTheCaseForSupervision() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String id = api.register("POLICY_CONSULTATION", "低保政策咨询");
        Instant afterBothDeadlines = Instant.now().plus(Duration.ofDays(30));

        overdueWatch.announce(afterBothDeadlines);
        overdueWatch.announce(afterBothDeadlines.plusSeconds(60));

        var events = TopicRecords.awaitByKey(kafka, "case-events", id, 3);
        List<String> overdue = events.stream()
                .map(r -> readType(r.value()))
                .filter("case.overdue.v1"::equals)
                .toList();
        assertThat(overdue).hasSize(2);
        assertThat(events.stream()
                        .map(r -> JSON_path(r.value(), "deadline"))
                        .filter(d -> !d.isEmpty())
                        .toList())
                .containsExactly("FIRST_CONTACT", "FEEDBACK");
        assertThat(EventCatalogue.load().violations(events.get(1).value())).isEmpty();
        api.read(api.admin, id)
                .then()
                .body("timeline.text", hasItem(org.hamcrest.Matchers.containsString("flagged for supervision")));
    }

    private static String readType(String envelope) {
        return JSON_path(envelope, "type");
    }

    private static String JSON_path(String envelope, String field) {
        try {
            JsonNode node = JSON.readTree(envelope);
            return node.has(field)
                    ? node.path(field).asText()
                    : node.path("data").path(field).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
