package io.huike.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Each hotline's terms, the defaults until it sets its own. */
@ApplicationScoped
public class HotlineTermsRepository implements PanacheRepositoryBase<HotlineTerms, String> {

    public HotlineTerms.Limits limitsOf(String hotline) {
        return findByIdOptional(hotline).map(HotlineTerms::limits).orElse(HotlineTerms.Limits.DEFAULT);
    }

    /** Sets a hotline's terms for the orders it dispatches from now on. */
    @Transactional
    public HotlineTerms.Limits set(String hotline, HotlineTerms.Limits limits) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        HotlineTerms terms = findById(hotline);
        if (terms == null) {
            persist(new HotlineTerms(hotline, limits, now));
        } else {
            terms.set(limits, now);
        }
        return limits;
    }
}
