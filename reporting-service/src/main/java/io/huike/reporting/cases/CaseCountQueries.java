package io.huike.reporting.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes case figures from the fact rows, only ever for the communities it is given. */
@ApplicationScoped
public class CaseCountQueries {

    private final EntityManager entityManager;

    CaseCountQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One entry per community in scope, including those without any case yet. */
    public List<CaseCounts> forCommunities(Collection<String> communities) {
        Map<String, Builder> byCommunity = new TreeMap<>();
        communities.forEach(community -> byCommunity.put(community, new Builder()));
        if (communities.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select community_id, category, channel, count(*), count(*) filter (where """ + OpenCaseRules.OPEN + """
                )
                from case_fact where community_id in (:communities)
                group by community_id, category, channel""")
                .setParameter("communities", communities)
                .getResultList();
        for (Object[] row : rows) {
            byCommunity
                    .get((String) row[0])
                    .add(
                            (String) row[1],
                            (String) row[2],
                            ((Number) row[3]).longValue(),
                            ((Number) row[4]).longValue());
        }
        return byCommunity.entrySet().stream()
                .map(e -> e.getValue().build(e.getKey()))
                .toList();
    }

    private static final class Builder {
        private long registered;
        private long open;
        private final Map<String, Long> byCategory = new TreeMap<>();
        private final Map<String, Long> byChannel = new TreeMap<>();

        void add(String category, String channel, long count, long openCount) {
            registered += count;
            open += openCount;
            byCategory.merge(category, count, Long::sum);
            byChannel.merge(channel, count, Long::sum);
        }

        CaseCounts build(String community) {
            return new CaseCounts(community, registered, open, byCategory, byChannel);
        }
    }
}
