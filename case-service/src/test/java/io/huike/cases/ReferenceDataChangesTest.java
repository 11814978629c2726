package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huike.cases.referencedata.CommunityReferenceData;
import io.huike.plumbing.notifications.NotificationListener;
import io.huike.testing.PostgresTestDatabase;
import io.huike.testing.TestEnvelopes;
import io.huike.testing.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Registration reads a community's deadline rules, closures and duty roster from memory; a change made through the
 * service's own endpoints or the roster's events governs the very next case, and every other instance hears of it.
 */
@QuarkusTest
class ReferenceDataChangesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void aDeadlineRuleSetAfterACaseWasRegisteredGovernsTheNextCase() {
        CaseApi api = CaseApi.freshCommunity();
        String before = api.register("SANITATION", "垃圾清理");
        assertThat(firstContactDue(api, before))
                .isAfter(registeredAt(api, before).plus(Duration.ofHours(2)));

        setRule(api, "SANITATION", "2h", "12h");
        String after = api.register("SANITATION", "垃圾又堆起来了");

        assertThat(firstContactDue(api, after))
                .isEqualTo(registeredAt(api, after).plus(Duration.ofHours(2)));
    }

    @Test
    void aLocalClosureAnnouncedAfterACaseWasRegisteredPushesTheNextCasesDeadline() {
        CaseApi api = CaseApi.freshCommunity();
        String before = api.register("OTHER", "咨询社区活动安排");
        Instant due = firstContactDue(api, before);
        // The deadline ends at midnight after its one working day: closing that day moves the next case's later.
        LocalDate lastWorkingDay = due.atZone(BEIJING).toLocalDate().minusDays(1);

        String closure = UUID.randomUUID().toString();
        TopicRecords.publish(
                kafka,
                "roster-events",
                closure,
                TestEnvelopes.envelope(
                        "roster-service",
                        api.community,
                        closure,
                        "calendar.closure-added.v1",
                        Map.of("date", lastWorkingDay.toString(), "reason", "社区办公场所改造")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> !entityManager
                                .createNativeQuery(
                                        "select 1 from community_closure where community_id = ?1 and closed_on = ?2")
                                .setParameter(1, api.community)
                                .setParameter(2, lastWorkingDay)
                                .getResultList()
                                .isEmpty()));
        String after = api.register("OTHER", "再次咨询社区活动安排");

        assertThat(firstContactDue(api, after)).isAfter(due);
    }

    @Test
    void anotherInstanceHearsThatACommunitysRulesChanged() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        BlockingQueue<Boolean> listening = new LinkedBlockingQueue<>();
        // What a second instance of the service runs: its own listener on the same database.
        try (NotificationListener otherInstance = new NotificationListener(
                        jdbcUrl,
                        PostgresTestDatabase.user(),
                        null,
                        CommunityReferenceData.CHANNEL,
                        new NotificationListener.Subscriber() {
                            @Override
                            public void listening() {
                                listening.add(true);
                            }

                            @Override
                            public void notified(String payload) {
                                heard.add(payload);
                            }

                            @Override
                            public void deaf() {}
                        })
                .start()) {
            assertThat(listening.poll(30, TimeUnit.SECONDS))
                    .as("the second listener is listening")
                    .isTrue();

            setRule(api, "GAS", "3h", "20h");

            await().atMost(Duration.ofSeconds(30)).until(() -> api.community.equals(heard.poll()));
        }
    }

    private static void setRule(CaseApi api, String category, String firstContact, String feedback) {
        given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("firstContact", firstContact, "feedback", feedback))
                .put("/communities/" + api.community + "/deadline-rules/" + category + "/NORMAL")
                .then()
                .statusCode(200);
    }

    private static Instant registeredAt(CaseApi api, String id) {
        return Instant.parse(api.read(api.admin, id).path("registeredAt"));
    }

    private static Instant firstContactDue(CaseApi api, String id) {
        return Instant.parse(api.read(api.admin, id).path("firstContact.dueAt"));
    }
}
