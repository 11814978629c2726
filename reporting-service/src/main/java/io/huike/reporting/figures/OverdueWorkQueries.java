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

    private final EntityManager entityManager;

    OverdueWorkQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Most overdue cases first; added up in the database from the cases that may be late only, because a district
     * holds thousands of open cases.
     */
    public List<OverdueWork> perHandler(Collection<String> communities, Instant now) {
        if (communities.isEmpty()) {
            return List.of();
        }
        Query rows = entityManager
                .createNativeQuery("""
                select community_id, assignee_id, count(*),
                       min(case when contact_late then first_contact_due_at else feedback_due_at end)
                from (select community_id, assignee_id, first_contact_due_at, feedback_due_at,
                             """ + OpenCaseRules.CONTACT_LATE + " as contact_late, " + OpenCaseRules.FEEDBACK_LATE
                        + """
                              as feedback_late
                      from case_fact where community_id in (:communities) and """ + OpenCaseRules.MAY_BE_LATE + """
                     ) open_case
                where contact_late or feedback_late
                group by community_id, assignee_id
                order by 3 desc, community_id, coalesce(assignee_id, 'null')""")
                .setParameter("communities", communities)
                .setParameter("now", now);
        return NativeRows.list(rows, OverdueWorkQueries::overdueWork);
    }

    private static OverdueWork overdueWork(Object[] row) {
        return new OverdueWork((String) row[0], (String) row[1], NativeRows.number(row[2]), NativeRows.instant(row[3]));
    }
}
