package io.huike.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.reporting.cases.MonthTallies;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A case's fact row and tallies come out the same whether its events arrive one poll at a time in order (each
 * continuing the row) or all in one poll in reverse order (the row folded again from the whole log).
 */
@QuarkusTest
class CaseProjectionTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    MonthTallies tallies;

    @Test
    void eventsContinuingTheRowGiveWhatTheWholeLogFoldedAtOnceGives() {
        String stepwise = newCommunity();
        String atOnce = newCommunity();
        List<Function<String, CaseScript>> scripts =
                List.of(CaseProjectionTest::reopenedAndClosedAgain, CaseProjectionTest::openWithADeadlineToCome);

        for (Function<String, CaseScript> script : scripts) {
            CaseScript oneByOne = script.apply(stepwise);
            for (int sequence = 1; sequence <= oneByOne.events.size(); sequence++) {
                List<String> applied = new ArrayList<>();
                oneByOne.publish(kafka, applied, sequence);
                ReadModels.awaitApplied(entityManager, List.of(oneByOne.event(sequence)));
            }
            CaseScript reversed = script.apply(atOnce);
            List<String> applied = new ArrayList<>();
            int[] newestFirst = new int[reversed.events.size()];
            for (int i = 0; i < newestFirst.length; i++) {
                newestFirst[i] = newestFirst.length - i;
            }
            reversed.publish(kafka, applied, newestFirst);
            ReadModels.awaitApplied(entityManager, applied);
        }

        assertThat(factRows(stepwise)).hasSize(2).isEqualTo(factRows(atOnce));
        List<String> kept = ReadModels.monthTallies(entityManager, stepwise);
        assertThat(kept).anyMatch(row -> row.startsWith("deadline"));
        assertThat(withoutCommunity(kept, stepwise))
                .isEqualTo(withoutCommunity(ReadModels.monthTallies(entityManager, atOnce), atOnce));
        ReadModels.recomputeMonthTallies(entityManager, tallies, stepwise);
        assertThat(ReadModels.monthTallies(entityManager, stepwise)).isEqualTo(kept);
    }

    private static CaseScript reopenedAndClosedAgain(String community) {
        return new CaseScript(community)
                .registered(
                        "P-1",
                        "PHONE",
                        "SANITATION",
                        "g1",
                        "2026-05-04T01:00:00Z",
                        "2026-05-05T16:00:00Z",
                        "2026-05-15T16:00:00Z")
                .assigned("m-wang", "2026-05-04T02:00:00Z")
                .started("2026-05-04T03:00:00Z")
                .escalated("2026-05", "needs the district", "2026-05-06T02:00:00Z")
                .escalationAnswered("APPROVED", "2026-05-07T02:00:00Z")
                .resolved("RESOLVED", "2026-05-08T02:00:00Z")
                .feedback("UNSATISFIED", "2026-05-09T02:00:00Z")
                .reopened("2026-05-09T03:00:00Z", "2026-05-11T16:00:00Z", "2026-05-20T16:00:00Z")
                .started("2026-05-12T02:00:00Z")
                .resolved("PARTLY_RESOLVED", "2026-05-14T02:00:00Z")
                .feedback("BASICALLY_SATISFIED", "2026-05-15T02:00:00Z")
                .closed("2026-05-15T03:00:00Z");
    }

    private static CaseScript openWithADeadlineToCome(String community) {
        return new CaseScript(community)
                .registered(
                        "P-2",
                        "ONLINE",
                        "GAS",
                        "g2",
                        "2026-06-01T01:00:00Z",
                        "2026-06-02T16:00:00Z",
                        "2099-06-15T16:00:00Z")
                .assigned("m-zhao", "2026-06-01T02:00:00Z")
                .overdue("FIRST_CONTACT", "2026-06-02T16:00:00Z");
    }

    @SuppressWarnings("unchecked")
    private List<String> factRows(String community) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("""
                        select cast(row(tracking_number, channel, category, status, assignee_id, registered_at,
                            cycle_started_at, first_contact_due_at, feedback_due_at, first_contact_at, feedback_at,
                            satisfaction, outcome, resolved_at, closed_at, reopen_count, first_contact_overdue,
                            feedback_overdue, working_days_to_first_contact, working_days_to_feedback,
                            last_sequence) as text)
                        from case_fact where community_id = ?1 order by tracking_number""")
                        .setParameter(1, community)
                        .getResultList());
    }

    private static List<String> withoutCommunity(List<String> rows, String community) {
        return rows.stream().map(row -> row.replace(community, "community")).toList();
    }

    private static String newCommunity() {
        return "p" + UUID.randomUUID().toString().substring(0, 8);
    }
}
