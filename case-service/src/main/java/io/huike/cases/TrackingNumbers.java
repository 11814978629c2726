package io.huike.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * Hands out readable tracking numbers unique per community and year, e.g. {@code GL-2026-000123}. The counter
 * row is updated in the registering transaction, so a rolled-back registration gives its number back.
 */
@ApplicationScoped
public class TrackingNumbers {

    private final EntityManager entityManager;

    TrackingNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The next number of the community's year, prefixed by its code (or its id until the code is known). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String communityId, String prefix, int year) {
        Number value = (Number) entityManager
                .createNativeQuery("""
                insert into tracking_counter (community_id, year, last_value) values (?1, ?2, 1)
                on conflict (community_id, year) do update set last_value = tracking_counter.last_value + 1
                returning last_value""")
                .setParameter(1, communityId)
                .setParameter(2, year)
                .getSingleResult();
        return format(prefix, year, value.longValue());
    }

    static String format(String prefix, int year, long value) {
        return "%s-%d-%06d".formatted(prefix.toUpperCase(Locale.ROOT), year, value);
    }
}
