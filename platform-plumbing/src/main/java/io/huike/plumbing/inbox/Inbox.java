package io.huike.plumbing.inbox;

import io.huike.plumbing.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records the events a consumer has applied, so that a redelivered event has no second effect. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the event as applied. MANDATORY: the record must commit or roll back with the event's effect, or a
     * crash in between would lose the effect or apply it twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public InboxReceipt accept(EventEnvelope event) {
        int inserted = entityManager
                .createNativeQuery("""
                insert into inbox_event (event_id, source, event_type, subject, sequence)
                values (?1, ?2, ?3, ?4, ?5) on conflict (event_id) do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, event.source())
                .setParameter(3, event.type())
                .setParameter(4, event.subject())
                .setParameter(5, event.sequence())
                .executeUpdate();
        if (inserted == 0) {
            return InboxReceipt.REPEAT;
        }
        @SuppressWarnings("unchecked")
        List<Number> previous = entityManager
                .createNativeQuery("""
                select last_sequence from inbox_aggregate where source = ?1 and subject = ?2 for update""")
                .setParameter(1, event.source())
                .setParameter(2, event.subject())
                .getResultList();
        entityManager
                .createNativeQuery("""
                insert into inbox_aggregate (source, subject, last_sequence) values (?1, ?2, ?3)
                on conflict (source, subject)
                do update set last_sequence = greatest(inbox_aggregate.last_sequence, excluded.last_sequence)""")
                .setParameter(1, event.source())
                .setParameter(2, event.subject())
                .setParameter(3, event.sequence())
                .executeUpdate();
        boolean newest = previous.isEmpty() || previous.get(0).longValue() < event.sequence();
        return new InboxReceipt(true, newest);
    }
}
