package io.huike.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Per-community choices about case handling; a community that set nothing gets the defaults. */
@ApplicationScoped
public class CaseSettings {

    /** By default closing waits for the community admin's approval. */
    static final boolean CLOSING_REQUIRES_ADMIN_BY_DEFAULT = true;

    /** A community's choices: whether closing needs its admin, and how far back its paper log may be typed in. */
    public record Choices(boolean closingRequiresAdmin, PaperLog paperLog) {

        static final Choices DEFAULTS = new Choices(CLOSING_REQUIRES_ADMIN_BY_DEFAULT, PaperLog.DEFAULT);
    }

    private final EntityManager entityManager;

    CaseSettings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Choices of(String community) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager.createNativeQuery("""
                select closing_requires_admin, paper_log_max_age_days from community_case_settings
                where community_id = ?1""").setParameter(1, community).getResultList();
        return rows.isEmpty()
                ? Choices.DEFAULTS
                : new Choices((Boolean) rows.get(0)[0], new PaperLog(((Number) rows.get(0)[1]).intValue()));
    }

    public boolean closingRequiresAdmin(String community) {
        return of(community).closingRequiresAdmin();
    }

    public PaperLog paperLog(String community) {
        return of(community).paperLog();
    }

    /** Sets the choices given; one left out (null) keeps its current value. */
    @Transactional
    public Choices set(String community, Boolean closingRequiresAdmin, Integer paperLogMaxAgeDays) {
        Choices current = of(community);
        Choices next = new Choices(
                closingRequiresAdmin == null ? current.closingRequiresAdmin() : closingRequiresAdmin,
                paperLogMaxAgeDays == null ? current.paperLog() : new PaperLog(paperLogMaxAgeDays));
        entityManager
                .createNativeQuery("""
                insert into community_case_settings (community_id, closing_requires_admin, paper_log_max_age_days)
                values (?1, ?2, ?3)
                on conflict (community_id) do update set closing_requires_admin = excluded.closing_requires_admin,
                    paper_log_max_age_days = excluded.paper_log_max_age_days""")
                .setParameter(1, community)
                .setParameter(2, next.closingRequiresAdmin())
                .setParameter(3, next.paperLog().maxAgeDays())
                .executeUpdate();
        return next;
    }
}
