package io.huike.reporting.roster;

import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import io.huike.reporting.NativeRows;
import io.huike.reporting.live.FiguresChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The roster service's communities, kept from its {@code community.registered} and {@code community.updated} events:
 * where each sits (subdistrict, district), so that figures can be summed per subdistrict and district. Applies every
 * roster event, handing duty shifts on to the {@link RosterProjection}.
 */
@ApplicationScoped
public class RosterCopy {

    private static final Set<String> COMMUNITY_TYPES = Set.of("community.registered.v1", "community.updated.v1");

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final RosterProjection dutyShifts;
    private final Event<FiguresChanged> changes;

    RosterCopy(
            EntityManager entityManager, EventCodec codec, RosterProjection dutyShifts, Event<FiguresChanged> changes) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.dutyShifts = dutyShifts;
        this.changes = changes;
    }

    /**
     * MANDATORY: runs in the transaction that records the event in the inbox. Both community events carry the
     * community as now, so only the newest of a community is kept; an older one still tells live views to refresh.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        if (!COMMUNITY_TYPES.contains(event.type())) {
            dutyShifts.apply(event, receipt);
            return;
        }
        if (receipt.newestOfAggregate()) {
            keepCommunity(event.community(), codec.data(event, CommunityRegistered.class));
        }
        changes.fire(new FiguresChanged(event.community(), event.type()));
    }

    private void keepCommunity(String communityId, CommunityRegistered data) {
        entityManager
                .createNativeQuery("""
                insert into community (community_id, name, subdistrict, district) values (?1, ?2, ?3, ?4)
                on conflict (community_id) do update set name = excluded.name, subdistrict = excluded.subdistrict,
                    district = excluded.district""")
                .setParameter(1, communityId)
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
        Query rows = entityManager.createNativeQuery("""
                select community_id, name, subdistrict, district from community
                where community_id in (:ids)""").setParameter("ids", communityIds);
        NativeRows.list(rows, RosterCopy::community)
                .forEach(community -> described.put(community.communityId(), community));
        return described;
    }

    private static Community community(Object[] row) {
        return new Community((String) row[0], (String) row[1], (String) row[2], (String) row[3]);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
