package io.huike.outreach.roster;

import io.huike.kernel.roster.KnownRoster;
import io.huike.kernel.roster.RosterReferences;
import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The roster service's communities, members and grids, kept from its events, so that this service keeps working
 * while that one is down. Answers whether the roster has announced a community, a member or a grid of a community.
 */
@ApplicationScoped
public class RosterCopy implements KnownRoster {

    private final EntityManager entityManager;
    private final EventCodec codec;

    RosterCopy(EntityManager entityManager, EventCodec codec) {
        this.entityManager = entityManager;
        this.codec = codec;
    }

    /** The fields this service keeps of {@code community.registered.v1}. */
    record CommunityRegisteredV1(String communityId, String name, String code, String subdistrict, String district) {}

    /** The fields this service keeps of {@code member.registered.v1} and {@code member.updated.v1}. */
    record MemberV1(String memberId, String name, boolean active) {}

    /** The field this service keeps of {@code grid.drawn.v1}. */
    record GridDrawnV1(String gridId) {}

    /** MANDATORY: runs in the transaction that records the event in the inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        switch (event.type()) {
            case "community.registered.v1" -> {
                if (receipt.newestOfAggregate()) {
                    community(event, codec.data(event, CommunityRegisteredV1.class));
                }
            }
            case "member.registered.v1", "member.updated.v1" -> {
                if (receipt.newestOfAggregate()) {
                    member(event, codec.data(event, MemberV1.class));
                }
            }
            // Applied in any order: a grid is only ever added, never changed, so no newer event can be overwritten.
            case "grid.drawn.v1" -> grid(event, codec.data(event, GridDrawnV1.class));
            default -> {
                // Other roster events carry nothing this service keeps.
            }
        }
    }

    private void community(EventEnvelope event, CommunityRegisteredV1 data) {
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

    private void member(EventEnvelope event, MemberV1 data) {
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

    private void grid(EventEnvelope event, GridDrawnV1 data) {
        entityManager
                .createNativeQuery(
                        "insert into known_grid (community_id, grid_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, event.community())
                .setParameter(2, data.gridId())
                .executeUpdate();
    }

    /** Whether the roster has announced this community. */
    @Override
    public boolean knowsCommunity(String community) {
        return exists("select 1 from known_community where id = ?1", community);
    }

    /** Whether the roster has announced this member as one of the community's. */
    @Override
    public boolean knowsMember(String community, String memberId) {
        return exists("select 1 from known_member where id = ?1 and community_id = ?2", memberId, community);
    }

    /** Whether the roster has drawn this grid in the community. */
    @Override
    public boolean knowsGrid(String community, String gridId) {
        return exists("select 1 from known_grid where grid_id = ?1 and community_id = ?2", gridId, community);
    }

    private boolean exists(String sql, String... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultStream().findFirst().isPresent();
    }

    /** The communities among these the roster has announced, by id. */
    public List<KnownCommunity> communities(Collection<String> communities) {
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

    /** The member, once the roster has announced it, in whichever community. */
    public Optional<KnownMember> member(String memberId) {
        return members(List.of(memberId)).values().stream().findFirst();
    }

    /** The announced members among these ids; an id the roster has not announced is simply absent. */
    public Map<String, KnownMember> members(Collection<String> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select id, community_id, name, active from known_member where id in (:ids)")
                .setParameter("ids", memberIds)
                .getResultList();
        return rows.stream()
                .map(r -> new KnownMember((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3]))
                .collect(Collectors.toMap(KnownMember::id, Function.identity()));
    }

    /** The checks of the references a request names, against this copy. */
    @Produces
    @Singleton
    RosterReferences references() {
        return new RosterReferences(this);
    }
}
