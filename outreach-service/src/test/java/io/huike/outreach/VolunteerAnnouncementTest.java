package io.huike.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The migration that announces the volunteers and activities recorded before their events existed writes the same
 * events as the service, which the catalogue accepts.
 */
@QuarkusTest
class VolunteerAnnouncementTest {

    private static final String MIGRATION = "db/migration/V10__announce_volunteers.sql";
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    DataSource dataSource;

    @Test
    void volunteersAndActivitiesRecordedBeforeTheirEventsAreAnnouncedWithTheHours() throws Exception {
        String student = UUID.randomUUID().toString();
        String member = UUID.randomUUID().toString();
        String activity = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            // Written as the version before the events did: the rows only, nothing in the outbox.
            statement.execute("""
                    insert into volunteer (id, community_id, name, member_id, availability, available_from,
                        available_until, signed_up_at, signed_up_by, version)
                    values ('%1$s', 'gulou', '小杨', null, '工作日下午', '2025-07-10', '2025-08-31',
                            '2025-07-08T02:00:00.123456Z', 'admin-li', 0),
                           ('%2$s', 'gulou', '王建国', 'm-wang', null, null, null, '2025-07-09T02:00:00Z', 'admin-li', 0);
                    insert into volunteer_skill (volunteer_id, skill) values ('%1$s', '辅导功课'), ('%1$s', '电脑');
                    insert into volunteer_activity (id, community_id, title, held_on, description, recorded_by,
                        recorded_at)
                    values ('%3$s', 'gulou', '暑期四点半课堂', '2025-07-20', '辅导作业', 'admin-li', '2025-07-20T10:00:00Z');
                    insert into volunteer_service (activity_id, volunteer_id, hours)
                    values ('%3$s', '%1$s', 2.5), ('%3$s', '%2$s', 1)""".formatted(student, member, activity));
            statement.execute(migration().replace("${outboxTopic}", "outreach-events"));
        }

        ConsumerRecord<String, String> signedUp =
                TopicRecords.awaitByKey(kafka, "outreach-events", student, 1).get(0);
        ConsumerRecord<String, String> recorded =
                TopicRecords.awaitByKey(kafka, "outreach-events", activity, 1).get(0);

        EventCatalogue catalogue = EventCatalogue.load();
        for (ConsumerRecord<String, String> event : List.of(signedUp, recorded)) {
            assertThat(catalogue.violations(event.value())).as(event.value()).isEmpty();
            assertThat(event.value()).doesNotContain("小杨", "工作日下午", "暑期四点半课堂", "辅导作业");
        }
        JsonNode volunteer = JSON.readTree(signedUp.value());
        assertThat(volunteer.path("type").asText()).isEqualTo("volunteer.signed-up.v1");
        assertThat(volunteer.path("community").asText()).isEqualTo("gulou");
        assertThat(volunteer.path("data").path("skills").toString()).isEqualTo("[\"电脑\",\"辅导功课\"]");
        assertThat(volunteer.path("data").path("memberId").isNull()).isTrue();
        assertThat(volunteer.path("data").path("availableUntil").asText()).isEqualTo("2025-08-31");
        assertThat(volunteer.path("data").path("signedUpAt").asText()).isEqualTo("2025-07-08T02:00:00.123456Z");
        JsonNode held = JSON.readTree(recorded.value());
        assertThat(held.path("type").asText()).isEqualTo("volunteer-activity.recorded.v1");
        assertThat(held.path("sequence").asLong()).isEqualTo(1);
        assertThat(held.path("data").path("heldOn").asText()).isEqualTo("2025-07-20");
        assertThat(held.path("data").path("served").findValuesAsText("volunteerId"))
                .containsExactlyInAnyOrder(student, member);
        assertThat(held.path("data").path("served").findValues("hours"))
                .extracting(JsonNode::decimalValue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("2.5"), BigDecimal.ONE);
    }

    private static String migration() throws Exception {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
