package io.huike.reporting.cases;

import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Keeps one fact row per case up to date from the case events. */
@ApplicationScoped
public class CaseFacts {

    private final EntityManager entityManager;
    private final EventCodec codec;

    CaseFacts(EntityManager entityManager, EventCodec codec) {
        this.entityManager = entityManager;
        this.codec = codec;
    }

    /** MANDATORY: runs in the transaction that records the event in the inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        if ("case.registered.v1".equals(event.type())) {
            registered(event, codec.data(event, CaseRegisteredV1.class), receipt);
        }
    }

    private void registered(EventEnvelope event, CaseRegisteredV1 data, InboxReceipt receipt) {
        // A later event may have arrived first and left the status; registration facts never change, so they
        // are written either way, and the status only when this is the newest event of the case.
        entityManager.createNativeQuery("""
                insert into case_fact (case_id, community_id, channel, category, status, registered_at, last_sequence)
                values (?1, ?2, ?3, ?4, 'REGISTERED', ?5, ?6)
                on conflict (case_id) do update set channel = excluded.channel, category = excluded.category,
                    registered_at = excluded.registered_at""")
                .setParameter(1, data.caseId())
                .setParameter(2, event.community())
                .setParameter(3, data.channel())
                .setParameter(4, data.category())
                .setParameter(5, data.registeredAt())
                .setParameter(6, event.sequence())
                .executeUpdate();
    }
}
