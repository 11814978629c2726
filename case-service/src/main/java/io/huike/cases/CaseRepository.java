package io.huike.cases;

import io.huike.kernel.cases.CaseStatus;
import io.huike.plumbing.scoping.CommunityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads cases only within the communities the caller may touch; there is no unscoped finder for callers. */
@ApplicationScoped
public class CaseRepository implements CommunityScopedRepository<Case> {

    public Optional<Case> findByHotlineReference(String community, String reference) {
        return find("communityId = ?1 and hotlineReference = ?2", community, reference)
                .firstResultOptional();
    }

    public Optional<Case> findByConcern(UUID concernId) {
        return find("concernId", concernId).firstResultOptional();
    }

    public List<TimelineEntry> timeline(Case c) {
        return getEntityManager()
                .createQuery("from TimelineEntry t where t.caseId = ?1 order by t.at, t.id", TimelineEntry.class)
                .setParameter(1, c.id())
                .getResultList();
    }

    /**
     * The lines of a case's timeline marked shareable, oldest first: all of its timeline that its resident, or a system
     * speaking for residents, is shown.
     */
    public List<TimelineEntry> sharedTimeline(Case c) {
        return sharedTimelines(List.of(c.id())).getOrDefault(c.id(), List.of());
    }

    /** {@link #sharedTimeline} of several cases at once, by case id. */
    public Map<UUID, List<TimelineEntry>> sharedTimelines(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<TimelineEntry>> byCase = new HashMap<>();
        getEntityManager()
                .createQuery(
                        "from TimelineEntry t where t.caseId in ?1 and t.shareable = true order by t.at, t.id",
                        TimelineEntry.class)
                .setParameter(1, caseIds)
                .getResultStream()
                .forEach(t -> byCase.computeIfAbsent(t.caseId(), id -> new ArrayList<>())
                        .add(t));
        return byCase;
    }

    /** The latest referral of each of these cases that has one, by case id. */
    public Map<UUID, Referral> latestReferrals(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Referral> latest = new HashMap<>();
        getEntityManager()
                .createQuery("from Referral r where r.caseId in ?1 order by r.referredAt, r.id", Referral.class)
                .setParameter(1, caseIds)
                .getResultStream()
                .forEach(r -> latest.put(r.caseId(), r));
        return latest;
    }

    public List<Referral> referrals(Case c) {
        return getEntityManager()
                .createQuery("from Referral r where r.caseId = ?1 order by r.referredAt", Referral.class)
                .setParameter(1, c.id())
                .getResultList();
    }

    public Optional<Referral> referral(Case c, UUID referralId) {
        return getEntityManager()
                .createQuery("from Referral r where r.caseId = ?1 and r.id = ?2", Referral.class)
                .setParameter(1, c.id())
                .setParameter(2, referralId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Open cases with a deadline passed and not yet announced, locked so that two instances never announce the
     * same one; those locked by another instance are skipped.
     */
    public List<Case> overdueNotYetAnnounced(java.time.Instant now, int limit) {
        // closedAt is null: the condition of the partial index on open deadlines.
        return find("""
                closedAt is null and (
                  (firstContactOverdue = false and firstContactAt is null and status in ?2 and firstContactDueAt < ?1)
                  or (feedbackOverdue = false and status in ?3 and feedbackDueAt < ?1))""", now, CaseStatus.where(CaseStatus::isOpen), CaseStatus.where(CaseStatus::awaitsFeedback))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, limit)
                .list();
    }
}
