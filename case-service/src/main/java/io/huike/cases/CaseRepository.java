package io.huike.cases;

import io.huike.kernel.cases.CaseStatus;
import io.huike.plumbing.scoping.CommunityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
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
