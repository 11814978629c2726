package io.huike.outreach.members;

import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The local copy of the roster's members. A request that names a member the roster has not announced for its
 * community (yet) is refused, so no pairing, visit or volunteer points at a member of another community.
 */
@ApplicationScoped
public class KnownMembers {

    private static final Set<String> TYPES = Set.of("member.registered.v1", "member.updated.v1");

    private final EntityManager entityManager;
    private final EventCodec codec;

    KnownMembers(EntityManager entityManager, EventCodec codec) {
        this.entityManager = entityManager;
        this.codec = codec;
    }

    /** MANDATORY: runs in the transaction that records the event in the inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        if (!TYPES.contains(event.type()) || !receipt.newestOfAggregate()) {
            return;
        }
        MemberV1 data = codec.data(event, MemberV1.class);
        entityManager
                .createNativeQuery("""
                insert into known_member (id, community_id, name, active, last_sequence)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (id) do update set community_id = excluded.community_id, name = excluded.name,
                    active = excluded.active, last_sequence = excluded.last_sequence
                where known_member.last_sequence < excluded.last_sequence""")
                .setParameter(1, data.memberId())
                .setParameter(2, event.community())
                .setParameter(3, data.name())
                .setParameter(4, data.active())
                .setParameter(5, event.sequence())
                .executeUpdate();
    }

    public Optional<KnownMember> find(String memberId) {
        return byIds(List.of(memberId)).values().stream().findFirst();
    }

    /** The known members among these ids; an id the roster has not announced is simply absent. */
    public Map<String, KnownMember> byIds(Collection<String> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select id, community_id, name, active from known_member where id in (:ids)""")
                .setParameter("ids", memberIds)
                .getResultList();
        return rows.stream()
                .map(r -> new KnownMember((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3]))
                .collect(Collectors.toMap(KnownMember::id, Function.identity()));
    }
}
