package io.huike.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Per-community choices about case handling; a community that set nothing gets the defaults. */
@ApplicationScoped
public class CaseSettings {

    /** By default closing waits for the community admin's approval. */
    static final boolean CLOSING_REQUIRES_ADMIN_BY_DEFAULT = true;

    private final EntityManager entityManager;

    CaseSettings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean closingRequiresAdmin(String community) {
        var rows = entityManager
                .createNativeQuery("select closing_requires_admin from community_case_settings where community_id = ?1")
                .setParameter(1, community)
                .getResultList();
        return rows.isEmpty() ? CLOSING_REQUIRES_ADMIN_BY_DEFAULT : (Boolean) rows.get(0);
    }

    @jakarta.transaction.Transactional
    public void setClosingRequiresAdmin(String community, boolean required) {
        entityManager
                .createNativeQuery("""
                insert into community_case_settings (community_id, closing_requires_admin) values (?1, ?2)
                on conflict (community_id) do update set closing_requires_admin = excluded.closing_requires_admin""")
                .setParameter(1, community)
                .setParameter(2, required)
                .executeUpdate();
    }
}
