package io.huike.reporting.cases;

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
 * The rules the figure queries state in SQL judge every case fact as {@link CaseFact} does in Java: a fact for every
 * status, with the first contact made or not, each deadline passed or not and each announced overdue or not.
 */
@QuarkusTest
class OpenCaseRulesTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    EntityManager entityManager;

    private final String community = "r" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theSqlRulesJudgeEveryStatusAsTheJavaRulesDo() {
        List<CaseFact> facts = QuarkusTransaction.requiringNew().call(this::persistEveryCombination);

        assertThat(selected(OpenCaseRules.OPEN)).isEqualTo(ids(facts, CaseFact::isOpen));
        assertThat(selected(OpenCaseRules.CONTACT_LATE)).isEqualTo(ids(facts, f -> f.firstContactLate(NOW)));
        assertThat(selected(OpenCaseRules.FEEDBACK_LATE)).isEqualTo(ids(facts, f -> f.feedbackLate(NOW)));
        Set<UUID> announced = selected(OpenCaseRules.ANNOUNCED_OVERDUE);
        Set<UUID> passedUnannounced = selected(OpenCaseRules.PASSED_UNANNOUNCED);
        Set<UUID> mayBeLate = new HashSet<>(announced);
        mayBeLate.addAll(passedUnannounced);
        assertThat(mayBeLate).as("every late case may be late").containsAll(ids(facts, f -> f.overdue(NOW)));
        assertThat(announced).as("announced or not, never both").doesNotContainAnyElementsOf(passedUnannounced);
        assertThat(ids(facts, f -> f.overdue(NOW)))
                .as("the facts cover overdue cases")
                .isNotEmpty();
        assertThat(ids(facts, f -> f.isOpen() && !f.overdue(NOW)))
                .as("and open cases in time")
                .isNotEmpty();
    }

    private List<CaseFact> persistEveryCombination() {
        List<CaseFact> facts = new ArrayList<>();
        Instant past = NOW.minus(Duration.ofHours(2));
        Instant future = NOW.plus(Duration.ofHours(2));
        for (CaseStatus status : CaseStatus.values()) {
            for (boolean contacted : List.of(false, true)) {
                for (Instant due : List.of(past, future)) {
                    for (int announcedDeadlines = 0; announcedDeadlines < 4; announcedDeadlines++) {
                        CaseFact fact = new CaseFact();
                        fact.caseId = UUID.randomUUID();
                        fact.communityId = community;
                        fact.channel = "RECEPTION_ROOM";
                        fact.category = "WATER_DRAINAGE";
                        fact.status = status.name();
                        fact.registeredAt = NOW.minus(Duration.ofDays(3));
                        fact.firstContactDueAt = due;
                        fact.feedbackDueAt = due;
                        fact.firstContactAt = contacted ? NOW.minus(Duration.ofDays(1)) : null;
                        fact.firstContactOverdue = (announcedDeadlines & 1) != 0;
                        fact.feedbackOverdue = (announcedDeadlines & 2) != 0;
                        entityManager.persist(fact);
                        facts.add(fact);
                    }
                }
            }
        }
        return facts;
    }

    private Set<UUID> selected(String rule) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager
                    .createNativeQuery("select case_id from case_fact where community_id = :community and " + rule)
                    .setParameter("community", community);
            if (rule.contains(":now")) {
                query.setParameter("now", NOW);
            }
            @SuppressWarnings("unchecked")
            List<UUID> found = query.getResultList();
            return new HashSet<>(found);
        });
    }

    private static Set<UUID> ids(List<CaseFact> facts, Predicate<CaseFact> rule) {
        Set<UUID> ids = new HashSet<>();
        facts.stream().filter(rule).forEach(f -> ids.add(f.caseId));
        return ids;
    }
}
