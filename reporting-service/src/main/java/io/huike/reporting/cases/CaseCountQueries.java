package io.huike.reporting.cases;

import io.huike.reporting.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
        Query rows = entityManager
                .createNativeQuery("""
                select community_id, category, channel, count(*), count(*) filter (where """ + OpenCaseRules.OPEN + """
                )
                from case_fact where community_id in (:communities)
                group by community_id, category, channel""")
                .setParameter("communities", communities);
        for (CountRow row : NativeRows.list(rows, CountRow::of)) {
            byCommunity.get(row.communityId()).add(row);
        }
        return byCommunity.entrySet().stream()
                .map(e -> e.getValue().build(e.getKey()))
                .toList();
    }

    /** The cases of a community under one category and channel, and how many of them are open. */
    private record CountRow(String communityId, String category, String channel, long registered, long open) {

        static CountRow of(Object[] row) {
            return new CountRow(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    NativeRows.number(row[3]),
                    NativeRows.number(row[4]));
        }
    }

    /** Adds a community's rows up into its {@link CaseCounts}. */
    private static final class Builder {
        private long registered;
        private long open;
        private final Map<String, Long> byCategory = new TreeMap<>();
        private final Map<String, Long> byChannel = new TreeMap<>();

        void add(CountRow row) {
            registered += row.registered();
            open += row.open();
            byCategory.merge(row.category(), row.registered(), Long::sum);
            byChannel.merge(row.channel(), row.registered(), Long::sum);
        }

        CaseCounts build(String community) {
            return new CaseCounts(community, registered, open, byCategory, byChannel);
        }
    }
}
