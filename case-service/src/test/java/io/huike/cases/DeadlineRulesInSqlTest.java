package io.huike.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.kernel.cases.CaseStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The deadline rules the queries state in SQL judge every case as {@link Case} does in Java: a row for every status,
 * with the first contact made or not, each deadline passed or not and each already announced or not. Should either
 * side change alone, this fails.
 */
@QuarkusTest
class DeadlineRulesInSqlTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    EntityManager entityManager;

    @Inject
    CaseRepository cases;

    private final String community = "d" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theSqlRulesJudgeEveryStatusAsTheJavaRulesDo() {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(this::insertEveryCombination);
        List<Case> all = QuarkusTransaction.requiringNew()
                .call(() -> ids.stream()
                        .map(id -> entityManager.find(Case.class, id))
                        .toList());

        assertThat(selected(CaseQueries.OVERDUE)).isEqualTo(ids(all, c -> c.isOverdue(NOW)));
        assertThat(selected("(" + CaseQueries.FIRST_CONTACT_RUNS + " and c.first_contact_due_at < :now)"))
                .isEqualTo(ids(all, c -> c.firstContactLate(NOW)));
        assertThat(selected("(" + CaseQueries.FEEDBACK_RUNS + " and c.feedback_due_at < :now)"))
                .isEqualTo(ids(all, c -> c.feedbackLate(NOW)));
        Set<UUID> toAnnounce = QuarkusTransaction.requiringNew()
                .call(() -> new HashSet<>(cases.overdueNotYetAnnounced(NOW, 100_000).stream()
                        .filter(c -> c.communityId().equals(community))
                        .map(Case::id)
                        .toList()));
        assertThat(ids(all, c -> c.isOverdue(NOW)))
                .as("the rows cover overdue cases")
                .isNotEmpty();
        assertThat(ids(all, c -> !c.isOverdue(NOW))).as("and cases in time").isNotEmpty();
        // Last: marking changes the (detached) cases it finds.
        assertThat(toAnnounce).isEqualTo(ids(all, c -> c.markOverdue(NOW).isPresent()));
    }

    private List<UUID> insertEveryCombination() {
        List<UUID> ids = new ArrayList<>();
        Instant past = NOW.minus(Duration.ofHours(2));
        Instant future = NOW.plus(Duration.ofHours(2));
        for (CaseStatus status : CaseStatus.values()) {
            for (boolean contacted : List.of(false, true)) {
                for (Instant contactDue : List.of(past, future)) {
                    for (Instant feedbackDue : List.of(past, future)) {
                        for (boolean announced : List.of(false, true)) {
                            ids.add(insert(status, contacted, contactDue, feedbackDue, announced));
                        }
                    }
                }
            }
        }
        return ids;
    }

    private UUID insert(
            CaseStatus status, boolean contacted, Instant contactDue, Instant feedbackDue, boolean announced) {
        UUID id = UUID.randomUUID();
        boolean told = status == CaseStatus.FEEDBACK_GIVEN || status == CaseStatus.CLOSED;
        Instant earlier = NOW.minus(Duration.ofDays(3));
        entityManager
                .createNativeQuery("""
                insert into cases (id, community_id, tracking_number, channel, category, urgency, description, title,
                    status, registered_at, registered_by, entered_at, entered_by, last_changed_at, last_changed_by,
                    sequence, version, first_contact_due_at, feedback_due_at,
                    first_contact_at, first_contact_overdue, feedback_overdue, feedback_at, closed_at)
                values (?1, ?2, ?3, 'RECEPTION_ROOM', 'WATER_DRAINAGE', 'NORMAL', '污水管堵塞', '污水管堵塞',
                    ?4, ?5, 'tester', ?5, 'tester', ?5, 'tester', 1, 0, ?6, ?7, ?8, ?9, ?9, ?10, ?11)""")
                .setParameter(1, id)
                .setParameter(2, community)
                .setParameter(3, "T-" + id)
                .setParameter(4, status.name())
                .setParameter(5, earlier)
                .setParameter(6, contactDue)
                .setParameter(7, feedbackDue)
                .setParameter(8, contacted ? earlier : null)
                .setParameter(9, announced)
                .setParameter(10, told ? earlier : null)
                .setParameter(11, status == CaseStatus.CLOSED ? earlier : null)
                .executeUpdate();
        return id;
    }

    private Set<UUID> selected(String rule) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> found = entityManager
                    .createNativeQuery("select c.id from cases c where c.community_id = :community and " + rule)
                    .setParameter("community", community)
                    .setParameter("now", NOW)
                    .getResultList();
            return new HashSet<>(found);
        });
    }

    private static Set<UUID> ids(List<Case> cases, Predicate<Case> rule) {
        Set<UUID> ids = new HashSet<>();
        cases.stream().filter(rule).forEach(c -> ids.add(c.id()));
        return ids;
    }
}
