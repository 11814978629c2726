package io.huike.cases;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.huike.testing.TestEnvelopes;
import io.huike.testing.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A new case goes to the member on duty whose skills fit, from the roster the service has heard of; otherwise it waits for the admin. */
@QuarkusTest
class CaseAssignmentTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void aCaseIsAssignedToTheMemberOnDutyWhoseSkillsFitAndOtherwiseWaitsForTheAdmin() {
        CaseApi api = CaseApi.freshCommunity();
        String member = UUID.randomUUID().toString();
        String shift = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        TopicRecords.publish(
                kafka,
                "roster-events",
                member,
                TestEnvelopes.envelope(
                        "roster-service",
                        api.community,
                        member,
                        "member.registered.v1",
                        Map.of(
                                "memberId",
                                member,
                                "name",
                                "王建国",
                                "kind",
                                "COMMUNITY_STAFF",
                                "skills",
                                List.of("FACILITIES", "POLICY"),
                                "active",
                                true)));
        TopicRecords.publish(
                kafka,
                "roster-events",
                shift,
                TestEnvelopes.envelope(
                        "roster-service",
                        api.community,
                        shift,
                        "duty-shift.scheduled.v1",
                        Map.of(
                                "shiftId",
                                shift,
                                "rosterId",
                                UUID.randomUUID().toString(),
                                "roomId",
                                UUID.randomUUID().toString(),
                                "memberId",
                                member,
                                "date",
                                today.toString(),
                                "shiftCode",
                                "DAY",
                                "startTime",
                                "00:00:00",
                                "endTime",
                                "23:59:59",
                                "zone",
                                "Asia/Shanghai")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) entityManager
                                                .createNativeQuery(
                                                        "select count(*) from duty_shift where shift_id = ?1")
                                                .setParameter(1, shift)
                                                .getSingleResult())
                                        .longValue()
                                == 1));

        String drain = api.register("WATER_DRAINAGE", "下水道堵塞");
        String dispute = api.register("DISPUTE_MEDIATION", "邻里纠纷");

        api.read(api.admin, drain).then().body("status", equalTo("ASSIGNED")).body("assigneeId", equalTo(member));
        api.read(api.admin, dispute)
                .then()
                .body("status", equalTo("REGISTERED"))
                .body("assigneeId", equalTo(null));

        String mediator = UUID.randomUUID().toString();
        TopicRecords.publish(
                kafka,
                "roster-events",
                mediator,
                TestEnvelopes.envelope(
                        "roster-service",
                        api.community,
                        mediator,
                        "member.registered.v1",
                        Map.of(
                                "memberId",
                                mediator,
                                "name",
                                "马调解",
                                "kind",
                                "IN_SERVICE_MEMBER",
                                "skills",
                                List.of("MEDIATION"),
                                "active",
                                true)));
        String swapped = TestEnvelopes.envelope(
                        "roster-service",
                        api.community,
                        shift,
                        "duty-shift.swapped.v1",
                        Map.of(
                                "shiftId",
                                shift,
                                "swapRequestId",
                                UUID.randomUUID().toString(),
                                "roomId",
                                UUID.randomUUID().toString(),
                                "previousMemberId",
                                member,
                                "memberId",
                                mediator,
                                "date",
                                today.toString(),
                                "shiftCode",
                                "DAY",
                                "startTime",
                                "00:00:00",
                                "endTime",
                                "23:59:59",
                                "zone",
                                "Asia/Shanghai"))
                .replace("\"sequence\":1", "\"sequence\":2");
        TopicRecords.publish(kafka, "roster-events", shift, swapped);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> mediator.equals(entityManager
                                .createNativeQuery("select member_id from duty_shift where shift_id = ?1")
                                .setParameter(1, shift)
                                .getSingleResult())));

        String secondDispute = api.register("DISPUTE_MEDIATION", "楼道堆物纠纷");
        api.read(api.admin, secondDispute).then().body("assigneeId", equalTo(mediator));
    }
}
