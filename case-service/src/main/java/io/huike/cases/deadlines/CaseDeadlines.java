package io.huike.cases.deadlines;

import io.huike.cases.Case;
import io.huike.cases.Category;
import io.huike.cases.Urgency;
import io.huike.kernel.calendar.OfficialCalendar;
import io.huike.kernel.calendar.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deadlines a community's case gets: the community's own rule for its category and urgency if it set one,
 * else the platform default, counted on the official calendar plus the community's local closures.
 */
@ApplicationScoped
public class CaseDeadlines {

    private final EntityManager entityManager;

    CaseDeadlines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Case.Deadlines startingAt(Instant start, String community, Category category, Urgency urgency) {
        return DeadlineCalculator.deadlines(start, policy(community, category, urgency), workingDays(community));
    }

    public DeadlinePolicy policy(String community, Category category, Urgency urgency) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select first_contact, feedback from deadline_rule
                where community_id = ?1 and category = ?2 and urgency = ?3""")
                .setParameter(1, community)
                .setParameter(2, category.name())
                .setParameter(3, urgency.name())
                .getResultList();
        if (rows.isEmpty()) {
            return DeadlinePolicy.defaultFor(category, urgency);
        }
        return new DeadlinePolicy(
                DeadlineRule.parse((String) rows.get(0)[0]), DeadlineRule.parse((String) rows.get(0)[1]));
    }

    /** Sets a community's own deadlines for a category and urgency. */
    @jakarta.transaction.Transactional
    public void setPolicy(String community, Category category, Urgency urgency, DeadlinePolicy policy) {
        entityManager
                .createNativeQuery("""
                insert into deadline_rule (community_id, category, urgency, first_contact, feedback)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (community_id, category, urgency)
                do update set first_contact = excluded.first_contact, feedback = excluded.feedback""")
                .setParameter(1, community)
                .setParameter(2, category.name())
                .setParameter(3, urgency.name())
                .setParameter(4, policy.firstContact().toString())
                .setParameter(5, policy.feedback().toString())
                .executeUpdate();
    }

    /** The official calendar with the community's local closures, as learned from the roster's events. */
    public WorkingDays workingDays(String community) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager
                .createNativeQuery(
                        "select closed_on, reason from community_closure where community_id = ?1", Tuple.class)
                .setParameter(1, community)
                .getResultList();
        Map<LocalDate, String> closures = new LinkedHashMap<>();
        rows.forEach(r -> closures.put(r.get(0, LocalDate.class), r.get(1, String.class)));
        return closures.isEmpty()
                ? OfficialCalendar.official().workingDays()
                : OfficialCalendar.official().withClosures(closures);
    }
}
