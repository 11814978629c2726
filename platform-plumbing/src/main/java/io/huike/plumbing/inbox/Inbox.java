package io.huike.plumbing.inbox;

import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.jdbc.ArrayColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Records the events a consumer has applied, so that a redelivered event has no second effect. A poll's events are
 * recorded together in three statements, whatever their number.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD_EVENTS = """
            insert into inbox_event (event_id, source, event_type, subject, sequence)
            select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::bigint[])
            on conflict (event_id) do nothing
            returning event_id""";
    private static final String LOCK_AGGREGATES = """
            select source, subject, last_sequence from inbox_aggregate
            where (source, subject) in (select * from unnest(?::text[], ?::text[]))
            for update""";
    private static final String ADVANCE_AGGREGATES = """
            insert into inbox_aggregate (source, subject, last_sequence)
            select * from unnest(?::text[], ?::text[], ?::bigint[])
            on conflict (source, subject)
            do update set last_sequence = greatest(inbox_aggregate.last_sequence, excluded.last_sequence)""";

    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the events as applied, in the order given, and tells for each whether it arrives for the first time
     * and is the newest of its aggregate. MANDATORY: the record must commit or roll back with the events' effect, or
     * a crash in between would lose the effect or apply it twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<InboxReceipt> acceptAll(List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> recorded = record(connection, events);
            Map<Aggregate, Long> previous = lockAggregates(connection, events, recorded);
            List<InboxReceipt> receipts = receipts(events, recorded, previous);
            advanceAggregates(connection, events, recorded);
            return receipts;
        });
    }

    /** An aggregate of a source, whose events carry consecutive sequences. */
    record Aggregate(String source, String subject) {

        static Aggregate of(EventEnvelope event) {
            return new Aggregate(event.source(), event.subject());
        }
    }

    /**
     * The receipts of events recorded in this order, given the ids newly recorded and each aggregate's last sequence
     * before them: an id seen again, in the inbox or earlier in the same poll, is a repeat; an event is the newest of
     * its aggregate unless an event of it with a later or equal sequence was applied before it.
     */
    static List<InboxReceipt> receipts(List<EventEnvelope> events, Set<UUID> recorded, Map<Aggregate, Long> previous) {
        Map<Aggregate, Long> last = new HashMap<>(previous);
        Set<UUID> applied = new HashSet<>();
        List<InboxReceipt> receipts = new ArrayList<>(events.size());
        for (EventEnvelope event : events) {
            if (!recorded.contains(event.id()) || !applied.add(event.id())) {
                receipts.add(InboxReceipt.REPEAT);
                continue;
            }
            Long before = last.get(Aggregate.of(event));
            receipts.add(new InboxReceipt(true, before == null || before < event.sequence()));
            last.merge(Aggregate.of(event), event.sequence(), Math::max);
        }
        return receipts;
    }

    private static Set<UUID> record(Connection connection, List<EventEnvelope> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(RECORD_EVENTS)) {
            ArrayColumns.bind(insert, 1, "uuid", events, EventEnvelope::id);
            ArrayColumns.bind(insert, 2, "text", events, EventEnvelope::source);
            ArrayColumns.bind(insert, 3, "text", events, EventEnvelope::type);
            ArrayColumns.bind(insert, 4, "text", events, EventEnvelope::subject);
            ArrayColumns.bind(insert, 5, "bigint", events, EventEnvelope::sequence);
            Set<UUID> recorded = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    recorded.add(rows.getObject(1, UUID.class));
                }
            }
            return recorded;
        }
    }

    /** Locks the aggregates of the newly recorded events and reads their last sequences. */
    private static Map<Aggregate, Long> lockAggregates(
            Connection connection, List<EventEnvelope> events, Set<UUID> recorded) throws SQLException {
        List<Aggregate> aggregates = events.stream()
                .filter(event -> recorded.contains(event.id()))
                .map(Aggregate::of)
                .distinct()
                .toList();
        Map<Aggregate, Long> previous = new HashMap<>();
        if (aggregates.isEmpty()) {
            return previous;
        }
        try (PreparedStatement select = connection.prepareStatement(LOCK_AGGREGATES)) {
            ArrayColumns.bind(select, 1, "text", aggregates, Aggregate::source);
            ArrayColumns.bind(select, 2, "text", aggregates, Aggregate::subject);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    previous.put(new Aggregate(rows.getString(1), rows.getString(2)), rows.getLong(3));
                }
            }
        }
        return previous;
    }

    /** One row per aggregate, at the highest sequence recorded: an upsert may not touch a row twice. */
    private static void advanceAggregates(Connection connection, List<EventEnvelope> events, Set<UUID> recorded)
            throws SQLException {
        Map<Aggregate, Long> highest = new LinkedHashMap<>();
        events.stream()
                .filter(event -> recorded.contains(event.id()))
                .forEach(event -> highest.merge(Aggregate.of(event), event.sequence(), Math::max));
        if (highest.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(ADVANCE_AGGREGATES)) {
            ArrayColumns.bind(upsert, 1, "text", highest.keySet(), Aggregate::source);
            ArrayColumns.bind(upsert, 2, "text", highest.keySet(), Aggregate::subject);
            ArrayColumns.bind(upsert, 3, "bigint", highest.values(), sequence -> sequence);
            upsert.executeUpdate();
        }
    }
}
