package io.huike.outreach.communities;

import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/** The local copy of the roster's communities. */
@ApplicationScoped
public class KnownCommunities {

    private final EntityManager entityManager;
    private final EventCodec codec;

    KnownCommunities(EntityManager entityManager, EventCodec codec) {
        this.entityManager = entityManager;
        this.codec = codec;
    }

    /** MANDATORY: runs in the transaction that records the event in the inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        if (!"community.registered.v1".equals(event.type()) || !receipt.newestOfAggregate()) {
            return;
        }
        CommunityRegisteredV1 data = codec.data(event, CommunityRegisteredV1.class);
        entityManager
                .createNativeQuery("""
                insert into known_community (id, name, code, subdistrict, district, last_sequence)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (id) do update set name = excluded.name, code = excluded.code,
                    subdistrict = excluded.subdistrict, district = excluded.district,
                    last_sequence = excluded.last_sequence
                where known_community.last_sequence < excluded.last_sequence""")
                .setParameter(1, data.communityId())
                .setParameter(2, data.name())
                .setParameter(3, data.code())
                .setParameter(4, data.subdistrict())
                .setParameter(5, data.district())
                .setParameter(6, event.sequence())
                .executeUpdate();
    }

    /** Whether the roster has announced this community. */
    public boolean knows(String community) {
        return entityManager
                .createNativeQuery("select 1 from known_community where id = ?1")
                .setParameter(1, community)
                .getResultStream()
                .findFirst()
                .isPresent();
    }

    public List<KnownCommunity> inScope(Collection<String> communities) {
        if (communities.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select id, name, code, subdistrict, district from known_community
                where id in (:communities) order by id""")
                .setParameter("communities", communities)
                .getResultList();
        return rows.stream()
                .map(r -> new KnownCommunity((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .toList();
    }
}
