package io.huike.cases.deadlines;

import io.huike.cases.Case;
import io.huike.cases.Category;
import io.huike.cases.Urgency;
import io.huike.cases.referencedata.CommunityReferenceData;
import io.huike.cases.referencedata.CommunityReferences;
import io.huike.kernel.calendar.OfficialCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deadlines a community's case gets: the community's own rule for its category and urgency if it set one,
 * else the platform default, counted on the official calendar plus the community's local closures.
 */
@ApplicationScoped
public class CaseDeadlines {

    private final EntityManager entityManager;
    private final CommunityReferenceData referenceData;

    CaseDeadlines(EntityManager entityManager, CommunityReferenceData referenceData) {
        this.entityManager = entityManager;
        this.referenceData = referenceData;
    }

    public Case.Deadlines startingAt(Instant start, String community, Category category, Urgency urgency) {
        CommunityReferences references = referencesOf(community);
        return DeadlineCalculator.deadlines(start, policy(references, category, urgency), references.workingDays());
    }

    public DeadlinePolicy policy(String community, Category category, Urgency urgency) {
        return policy(referencesOf(community), category, urgency);
    }

    private static DeadlinePolicy policy(CommunityReferences references, Category category, Urgency urgency) {
        return references
                .rule(category, urgency)
                .map(rule -> new DeadlinePolicy(
                        DeadlineRule.parse(rule.firstContact()), DeadlineRule.parse(rule.feedback())))
                .orElseGet(() -> DeadlinePolicy.defaultFor(category, urgency));
    }

    /** Sets a community's own deadlines for a category and urgency. */
    @Transactional
    public void setPolicy(String community, Category category, Urgency urgency, DeadlinePolicy policy) {
        referenceData.changing(community);
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

    /**
     * The community's rules and closures, kept in memory. A community the roster has not announced has neither: the
     * defaults and the official calendar.
     */
    private CommunityReferences referencesOf(String community) {
        return referenceData
                .of(community, Instant.now())
                .orElseGet(() -> new CommunityReferences(
                        community,
                        Set.of(),
                        Set.of(),
                        Map.of(),
                        OfficialCalendar.official().workingDays(),
                        List.of(),
                        Instant.MIN,
                        Instant.MAX));
    }
}
