package io.huike.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.testing.EventCatalogue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DistrictEventsTest {

    private record Sent(String topic, String key, JsonNode envelope, String json) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
    private static final List<Sent> SENT = new ArrayList<>();

    @BeforeAll
    static void writeASmallDistrict() {
        DistrictEvents events =
                new DistrictEvents(List.of("bench-d001", "bench-d002", "bench-d003"), NOW, (t, k, e) -> {
                    try {
                        SENT.add(new Sent(t, k, JSON.readTree(e), e));
                    } catch (Exception failure) {
                        throw new IllegalStateException(failure);
                    }
                });
        events.communities();
        events.cases(0, 3_000);
    }

    @Test
    void every_event_conforms_to_its_catalogue_schema_and_goes_to_its_channel() {
        EventCatalogue catalogue = EventCatalogue.load();
        Map<String, List<String>> violations = new HashMap<>();
        for (Sent sent : SENT) {
            String type = sent.envelope().path("type").asText();
            List<String> problems = new ArrayList<>(catalogue.violations(sent.json()));
            if (!catalogue.channelsOf(type).contains(sent.topic())) {
                problems.add("sent to " + sent.topic());
            }
            if (!problems.isEmpty()) {
                violations.putIfAbsent(type, problems);
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void each_aggregate_is_the_record_key_and_its_sequence_counts_up_from_one() {
        Map<String, List<Long>> sequences = new HashMap<>();
        for (Sent sent : SENT) {
            assertThat(sent.key()).isEqualTo(sent.envelope().path("subject").asText());
            sequences
                    .computeIfAbsent(sent.key(), k -> new ArrayList<>())
                    .add(sent.envelope().path("sequence").asLong());
        }
        sequences
                .values()
                .forEach(s -> assertThat(s)
                        .isEqualTo(java.util.stream.LongStream.rangeClosed(1, s.size())
                                .boxed()
                                .toList()));
    }

    @Test
    void most_cases_are_closed_some_are_overdue_reopened_referred_or_escalated_and_some_come_from_the_hotline() {
        Map<String, Long> byType = SENT.stream()
                .collect(Collectors.groupingBy(s -> s.envelope().path("type").asText(), Collectors.counting()));

        assertThat(byType.get("case.registered.v1")).isEqualTo(3_000);
        assertThat(byType.get("case.closed.v1")).isGreaterThan(2_400);
        assertThat(byType)
                .containsKeys(
                        "case.overdue.v1",
                        "case.reopened.v1",
                        "case.referred.v1",
                        "case.escalated.v1",
                        "case.hotline-order-acknowledged.v1",
                        "case.hotline-replied.v1",
                        "reception-visit.recorded.v1");
        assertThat(byType.get("community.registered.v1")).isEqualTo(3);
    }

    @Test
    void an_overdue_notice_is_only_for_a_deadline_that_has_passed_and_nothing_happens_after_now() {
        for (Sent sent : SENT) {
            assertThat(Instant.parse(sent.envelope().path("time").asText())).isBeforeOrEqualTo(NOW);
            if (sent.envelope().path("type").asText().equals("case.overdue.v1")) {
                assertThat(Instant.parse(
                                sent.envelope().path("data").path("dueAt").asText()))
                        .isBefore(NOW);
            }
        }
    }

    @Test
    void the_cases_are_spread_over_twelve_months_and_carry_the_districts_case_id_prefix() {
        List<Instant> registered = SENT.stream()
                .filter(s -> s.envelope().path("type").asText().equals("case.registered.v1"))
                .map(s -> Instant.parse(
                        s.envelope().path("data").path("registeredAt").asText()))
                .toList();

        assertThat(registered).anyMatch(at -> at.isBefore(NOW.minus(java.time.Duration.ofDays(330))));
        assertThat(registered).anyMatch(at -> at.isAfter(NOW.minus(java.time.Duration.ofDays(20))));
        assertThat(SENT.stream().filter(s -> s.topic().equals(DistrictEvents.CASE_TOPIC)))
                .allMatch(s -> s.key().startsWith(DistrictEvents.CASE_ID_PREFIX)
                        || s.key().startsWith(DistrictEvents.VISIT_ID_PREFIX));
    }
}
