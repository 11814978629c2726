package io.huike.outreach.communities;

import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The local copy of the roster's grids, from {@code grid.drawn}; a grid never changes once drawn. */
@ApplicationScoped
public class KnownGrids {

    private final EntityManager entityManager;
    private final EventCodec codec;

    KnownGrids(EntityManager entityManager, EventCodec codec) {
        this.entityManager = entityManager;
        this.codec = codec;
    }

    /** The fields this service reads of {@code grid.drawn.v1}. */
    record GridDrawnV1(String gridId) {}

    /** MANDATORY: runs in the transaction that records the event in the inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        if (!"grid.drawn.v1".equals(event.type())) {
            return;
        }
        entityManager
                .createNativeQuery(
                        "insert into known_grid (community_id, grid_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, event.community())
                .setParameter(2, codec.data(event, GridDrawnV1.class).gridId())
                .executeUpdate();
    }

    public boolean knows(String community, String gridId) {
        return entityManager
                .createNativeQuery("select 1 from known_grid where community_id = ?1 and grid_id = ?2")
                .setParameter(1, community)
                .setParameter(2, gridId)
                .getResultStream()
                .findFirst()
                .isPresent();
    }
}
