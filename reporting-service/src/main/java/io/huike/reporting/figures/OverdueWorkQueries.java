package io.huike.reporting.figures;

import io.huike.reporting.cases.CaseFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Overdue work per handler across the communities given: who holds the cases on the supervision list. */
@ApplicationScoped
public class OverdueWorkQueries {

    private final EntityManager entityManager;

    OverdueWorkQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Most overdue cases first. */
    public List<OverdueWork> perHandler(Collection<String> communities, Instant now) {
        if (communities.isEmpty()) {
            return List.of();
        }
        List<CaseFact> open = entityManager
                .createQuery(
                        "select c from CaseFact c where c.communityId in :communities and c.status <> 'CLOSED'",
                        CaseFact.class)
                .setParameter("communities", communities)
                .getResultList();
        Map<List<String>, List<CaseFact>> byHandler = new TreeMap<>(Comparator.comparing(Object::toString));
        for (CaseFact c : open) {
            if (c.overdue(now)) {
                byHandler
                        .computeIfAbsent(java.util.Arrays.asList(c.communityId, c.assigneeId), k -> new ArrayList<>())
                        .add(c);
            }
        }
        List<OverdueWork> work = new ArrayList<>();
        byHandler.forEach((key, cases) -> work.add(new OverdueWork(
                key.get(0),
                key.get(1),
                cases.size(),
                cases.stream()
                        .map(c -> c.firstContactLate(now) ? c.firstContactDueAt : c.feedbackDueAt)
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .orElse(null))));
        work.sort(Comparator.comparingLong(OverdueWork::overdueCases).reversed());
        return work;
    }
}
