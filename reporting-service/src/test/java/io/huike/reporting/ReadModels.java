package io.huike.reporting;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the service tests wait for and compare in reporting's own tables. */
final class ReadModels {

    private ReadModels() {}

    /** Waits until every one of these envelopes is in the inbox, that is applied (or seen as a repeat). */
    static void awaitApplied(EntityManager entityManager, List<String> envelopes) {
        Set<String> ids = new HashSet<>();
        envelopes.forEach(e -> ids.add(Envelopes.idOf(e)));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) entityManager
                                                .createNativeQuery(
                                                        "select count(*) from inbox_event where cast(event_id as text) in (:ids)")
                                                .setParameter("ids", ids)
                                                .getSingleResult())
                                        .longValue()
                                == ids.size()));
    }

    /** Every month tally row of a community that counts something, as text. */
    @SuppressWarnings("unchecked")
    static List<String> monthTallies(EntityManager entityManager, String community) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("""
                        select 'case ' || t::text from case_month_tally t where community_id = ?1 and closed <> 0
                        union all
                        select 'flow ' || t::text from case_flow_month_tally t where community_id = ?1 and events <> 0
                        union all
                        select 'visit ' || t::text from reception_visit_month_tally t where community_id = ?1
                        order by 1""")
                        .setParameter(1, community)
                        .getResultList());
    }

    /** Computes the month tallies again from the fact rows, in SQL ({@code refresh_month_tallies()}). */
    static void refreshMonthTallies(EntityManager entityManager) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("select cast(refresh_month_tallies() as text)")
                        .getSingleResult());
    }
}
