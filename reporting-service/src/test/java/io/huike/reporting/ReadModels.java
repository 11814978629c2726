package io.huike.reporting;

import static org.awaitility.Awaitility.await;

import io.huike.reporting.cases.CaseFact;
import io.huike.reporting.cases.MonthTallies;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /** Every case, deadline, flow and visit tally row of a community that counts something, as text. */
    @SuppressWarnings("unchecked")
    static List<String> monthTallies(EntityManager entityManager, String community) {
        String countsSomething = "(outcomes <> '{}' or "
                + MonthTallies.COUNTS.stream().map(c -> c.name() + " <> 0").collect(Collectors.joining(" or "))
                + ")";
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "select 'case ' || t::text from case_month_tally t where community_id = ?1 and "
                                        + countsSomething
                                        + " union all select 'deadline ' || t::text from case_deadline_tally t"
                                        + " where community_id = ?1 and " + countsSomething + """
                         union all
                        select 'flow ' || t::text from case_flow_month_tally t where community_id = ?1 and events <> 0
                        union all
                        select 'visit ' || t::text from reception_visit_month_tally t where community_id = ?1
                        order by 1""")
                        .setParameter(1, community)
                        .getResultList());
    }

    /**
     * Computes a community's case tallies again from its fact rows and flow events, adding up what each case
     * contributes as a whole instead of change by change.
     */
    static void recomputeMonthTallies(EntityManager entityManager, MonthTallies tallies, String community) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("case_month_tally", "case_deadline_tally", "case_flow_month_tally")) {
                entityManager
                        .createNativeQuery("delete from " + table + " where community_id = ?1")
                        .setParameter(1, community)
                        .executeUpdate();
            }
            Map<UUID, List<MonthTallies.Flow>> flows = new HashMap<>();
            List<Object[]> flowRows = entityManager
                    .createNativeQuery("""
                    select case_id, type, occurred_at from case_event
                    where community_id = ?1 and type in (?2)""", Object[].class)
                    .setParameter(1, community)
                    .setParameter(2, MonthTallies.FLOW_TYPES)
                    .getResultList();
            for (Object[] row : flowRows) {
                flows.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                        .add(new MonthTallies.Flow((String) row[1], NativeRows.instant(row[2])));
            }
            List<MonthTallies.Contribution> contributions = new ArrayList<>();
            for (CaseFact fact : entityManager
                    .createQuery("select c from CaseFact c where c.communityId = :community", CaseFact.class)
                    .setParameter("community", community)
                    .getResultList()) {
                contributions.add(MonthTallies.contributionOf(fact, flows.getOrDefault(fact.caseId, List.of())));
            }
            tallies.add(MonthTallies.sum(contributions));
        });
    }
}
