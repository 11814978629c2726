package io.huike.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A community's local closures (from the roster's calendar) are days off for its deadlines. */
@QuarkusTest
class LocalClosureTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager entityManager;

    @Test
    void aCaseRegisteredBeforeTwoWeeksOfLocalClosuresIsDueOnlyAfterThem() {
        CaseApi closed = CaseApi.freshCommunity();
        LocalDate today = LocalDate.now(BEIJING);
        // Two weeks closed: longer than any official holiday, so one working day can only fall after them.
        QuarkusTransaction.requiringNew().run(() -> {
            for (int day = 1; day <= 14; day++) {
                entityManager
                        .createNativeQuery(
                                "insert into community_closure (community_id, closed_on, reason) values (?1, ?2, ?3)")
                        .setParameter(1, closed.community)
                        .setParameter(2, today.plusDays(day))
                        .setParameter(3, "社区办公场所改造")
                        .executeUpdate();
            }
        });

        String id = closed.register("OTHER", "咨询社区活动安排");

        Instant firstContactDue = Instant.parse(closed.read(closed.admin, id).path("firstContact.dueAt"));
        assertThat(firstContactDue.atZone(BEIJING).toLocalDate()).isAfter(today.plusDays(14));
    }
}
