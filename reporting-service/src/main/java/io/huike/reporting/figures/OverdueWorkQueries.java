package io.huike.reporting.figures;

import io.huike.reporting.NativeRows;
import io.huike.reporting.cases.OpenCaseRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Overdue work per handler across the communities given: who holds the cases on the supervision list. */
@ApplicationScoped
public class OverdueWorkQueries {

    /**
     * The late cases of the communities given, per handler, judged by the two rules (%1$s, %2$s) among the cases that
     * may be late (%3$s).
     */
    private static final String LATE_PER_HANDLER = """
            select community_id, assignee_id, count(*) as cases,
                   min(case when %1$s then first_contact_due_at else feedback_due_at end) as oldest_due_at
            from case_fact
            where community_id in (:communities) and (%1$s or %2$s) and %3$s
            group by community_id, assignee_id""";

    private final EntityManager entityManager;

    OverdueWorkQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Most overdue cases first; added up in the database from the cases that may be late only, because a district
     * holds thousands of open cases: those announced overdue from an index that holds what the rules read, then the
     * few whose deadline passed since the case service last looked.
     */
    public List<OverdueWork> perHandler(Collection<String> communities, Instant now) {
        if (communities.isEmpty()) {
            return List.of();
        }
        Query rows = entityManager
                .createNativeQuery("select community_id, assignee_id, sum(cases), min(oldest_due_at) from ("
                        + latePerHandler(OpenCaseRules.ANNOUNCED_OVERDUE) + " union all "
                        + latePerHandler(OpenCaseRules.PASSED_UNANNOUNCED) + """
                        ) late
                        group by community_id, assignee_id
                        order by 3 desc, community_id, coalesce(assignee_id, 'null')""")
                .setParameter("communities", communities)
                .setParameter("now", now);
        return NativeRows.list(rows, OverdueWorkQueries::overdueWork);
    }

    private static String latePerHandler(String mayBeLate) {
        return LATE_PER_HANDLER.formatted(OpenCaseRules.CONTACT_LATE, OpenCaseRules.FEEDBACK_LATE, mayBeLate);
    }

    private static OverdueWork overdueWork(Object[] row) {
        return new OverdueWork((String) row[0], (String) row[1], NativeRows.number(row[2]), NativeRows.instant(row[3]));
    }
}
