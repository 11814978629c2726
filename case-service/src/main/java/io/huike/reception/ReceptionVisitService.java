package io.huike.reception;

import io.huike.cases.Case;
import io.huike.cases.CaseIntakeService;
import io.huike.cases.CaseSettings;
import io.huike.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Records reception visits. A visit and every case it raises commit together (Ms Li's three suggestions: one
 * visit, three cases), with {@code reception-visit.recorded} and one {@code case.registered} per case.
 */
@ApplicationScoped
public class ReceptionVisitService {

    private final EntityManager entityManager;
    private final CaseIntakeService registration;
    private final CaseSettings settings;
    private final Outbox outbox;

    ReceptionVisitService(
            EntityManager entityManager, CaseIntakeService registration, CaseSettings settings, Outbox outbox) {
        this.entityManager = entityManager;
        this.registration = registration;
        this.settings = settings;
        this.outbox = outbox;
    }

    /** A visit recorded with the cases it raised. */
    public record Recorded(ReceptionVisit visit, List<Case> cases) {}

    /**
     * Records the visit, then registers each matter with the visit's id. A visit typed in from the paper log may lie
     * as far back as the community allows (visitedAt, refused beyond); its cases are registered at the visit's time
     * and typed in when the visit is.
     *
     * @param matters turns the new visit's id into the facts of each case it raised
     */
    @Transactional
    public Recorded record(ReceptionVisit visit, Function<UUID, List<Case.NewCaseFacts>> matters) {
        settings.paperLog(visit.communityId()).requireRecent(visit.visitedAt(), visit.recordedAt(), "visitedAt");
        entityManager.persist(visit);
        List<Case> raised = new ArrayList<>();
        for (Case.NewCaseFacts facts : matters.apply(visit.id())) {
            // The visit's check above, at the same instant, is the one each case's time passes.
            raised.add(registration.register(facts, visit.recordedAt()));
        }
        outbox.append(
                visit.id().toString(),
                visit.communityId(),
                1,
                new ReceptionVisitRecorded(
                        visit.id(),
                        visit.roomId(),
                        visit.visitedAt(),
                        visit.dutyMemberId(),
                        visit.peopleCount(),
                        raised.stream().map(Case::id).toList(),
                        visit.recordedAt()));
        return new Recorded(visit, raised);
    }

    public Optional<ReceptionVisit> findInScope(UUID id, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return Optional.empty();
        }
        return entityManager
                .createQuery("from ReceptionVisit v where v.id = ?1 and v.communityId = ?2", ReceptionVisit.class)
                .setParameter(1, id)
                .setParameter(2, community)
                .getResultStream()
                .findFirst();
    }

    public List<ReceptionVisit> list(String community, Instant from, Instant to, int page, int size) {
        return entityManager
                .createQuery("""
                from ReceptionVisit v where v.communityId = ?1 and v.visitedAt >= ?2 and v.visitedAt < ?3
                order by v.visitedAt desc""", ReceptionVisit.class)
                .setParameter(1, community)
                .setParameter(2, from)
                .setParameter(3, to)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public List<UUID> casesOf(ReceptionVisit visit) {
        return entityManager
                .createQuery(
                        "select c.id from Case c where c.receptionVisitId = ?1 order by c.registeredAt", UUID.class)
                .setParameter(1, visit.id())
                .getResultList();
    }
}
