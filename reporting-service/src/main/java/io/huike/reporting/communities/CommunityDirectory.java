package io.huike.reporting.communities;

import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where each community sits (subdistrict, district), from the roster's {@code community.registered} and
 * {@code community.updated} events, so that figures can be summed per subdistrict and district.
 */
@ApplicationScoped
public class CommunityDirectory {

    static final Set<String> TYPES = Set.of("community.registered.v1", "community.updated.v1");

    private final EntityManager entityManager;
    private final EventCodec codec;

    CommunityDirectory(EntityManager entityManager, EventCodec codec) {
        this.entityManager = entityManager;
        this.codec = codec;
    }

    /**
     * MANDATORY: runs in the transaction that records the event in the inbox. Both events carry the community as
     * now, so only the newest of a community is kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        if (!TYPES.contains(event.type()) || !receipt.newestOfAggregate()) {
            return;
        }
        CommunityRegistered data = codec.data(event, CommunityRegistered.class);
        entityManager
                .createNativeQuery("""
                insert into community (community_id, name, subdistrict, district) values (?1, ?2, ?3, ?4)
                on conflict (community_id) do update set name = excluded.name, subdistrict = excluded.subdistrict,
                    district = excluded.district""")
                .setParameter(1, event.community())
                .setParameter(2, data.name())
                .setParameter(3, blankToNull(data.subdistrict()))
                .setParameter(4, blankToNull(data.district()))
                .executeUpdate();
    }

    /** Each of the given communities, by id; one the roster has not announced yet is known by its id alone. */
    public Map<String, Community> describe(Collection<String> communityIds) {
        Map<String, Community> described = new TreeMap<>();
        communityIds.forEach(id -> described.put(id, new Community(id, id, null, null)));
        if (communityIds.isEmpty()) {
            return described;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select community_id, name, subdistrict, district from community where community_id in (:ids)""")
                .setParameter("ids", communityIds)
                .getResultList();
        for (Object[] row : rows) {
            described.put(
                    (String) row[0], new Community((String) row[0], (String) row[1], (String) row[2], (String) row[3]));
        }
        return described;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
