package io.huike.reporting.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.huike.kernel.calendar.OfficialCalendar;
import io.huike.kernel.calendar.WorkingDays;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.events.MalformedEventException;
import io.huike.plumbing.inbox.InboxReceipt;
import io.huike.reporting.NativeRows;
import io.huike.reporting.live.FiguresChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reporting's read model of the case service's events, which the case figures are derived from: keeps each case
 * event in a log and folds the case's log into its fact row and the month tallies; records each reception visit.
 * Announces every applied event so that live views refresh.
 */
@ApplicationScoped
public class CaseProjection {

    private static final String RECEPTION_VISIT_RECORDED = "reception-visit.recorded.v1";

    private final EntityManager entityManager;
    private final ObjectReader tolerantReader;
    private final Event<FiguresChanged> changes;
    private final MonthTallies tallies;
    private final WorkingDays workingDays =
            OfficialCalendar.official().workingDays().provisionalBeyondCoverage();

    CaseProjection(
            EntityManager entityManager, ObjectMapper mapper, Event<FiguresChanged> changes, MonthTallies tallies) {
        this.entityManager = entityManager;
        this.tallies = tallies;
        this.tolerantReader = mapper.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.changes = changes;
    }

    /**
     * MANDATORY: runs in the transaction that records the event in the inbox. The receipt's newest-of-aggregate
     * flag is not needed: the fold orders the case's events by sequence whatever order they arrived in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        if (RECEPTION_VISIT_RECORDED.equals(event.type())) {
            visitRecorded(event, read(event.data().toString(), ReceptionVisitRecorded.class, event.type()));
        } else if (CaseEvent.TYPES.containsKey(event.type())) {
            caseChanged(event, read(event.data().toString(), CaseEvent.TYPES.get(event.type()), event.type()));
        } else {
            return;
        }
        changes.fire(new FiguresChanged(event.community(), event.type()));
    }

    private void caseChanged(EventEnvelope event, CaseEvent data) {
        UUID caseId = UUID.fromString(event.subject());
        int inserted = entityManager
                .createNativeQuery("""
                insert into case_event (event_id, case_id, community_id, type, sequence, occurred_at, data)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb)) on conflict (event_id) do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, caseId)
                .setParameter(3, event.community())
                .setParameter(4, event.type())
                .setParameter(5, event.sequence())
                .setParameter(6, data.occurredAt() != null ? data.occurredAt() : event.time())
                .setParameter(7, event.data().toString())
                .executeUpdate();
        Query log = entityManager.createNativeQuery("""
                select type, cast(data as text), sequence, event_id, occurred_at from case_event where case_id = ?1
                order by sequence, occurred_at""").setParameter(1, caseId);
        List<CaseEvent> history = new ArrayList<>();
        List<MonthTallies.Flow> flows = new ArrayList<>();
        List<MonthTallies.Flow> flowsBefore = new ArrayList<>();
        long lastSequence = 0;
        for (LoggedEvent logged : NativeRows.list(log, LoggedEvent::of)) {
            history.add(read(logged.data(), CaseEvent.TYPES.get(logged.type()), logged.type()));
            lastSequence = Math.max(lastSequence, logged.sequence());
            if (MonthTallies.FLOW_TYPES.contains(logged.type())) {
                MonthTallies.Flow flow = new MonthTallies.Flow(logged.type(), logged.occurredAt());
                flows.add(flow);
                if (inserted == 0 || !event.id().equals(logged.eventId())) {
                    flowsBefore.add(flow);
                }
            }
        }
        // Taken before the merge below overwrites the row.
        MonthTallies.Contribution before =
                MonthTallies.contributionOf(entityManager.find(CaseFact.class, caseId), flowsBefore);
        Optional<CaseFact> after = CaseHistory.fold(caseId, event.community(), history, lastSequence, workingDays);
        after.ifPresent(entityManager::merge);
        tallies.add(MonthTallies.difference(before, MonthTallies.contributionOf(after.orElse(null), flows)));
    }

    private void visitRecorded(EventEnvelope event, ReceptionVisitRecorded visit) {
        int inserted = entityManager
                .createNativeQuery("""
                insert into reception_visit (visit_id, community_id, visited_at, people_count, case_count)
                values (?1, ?2, ?3, ?4, ?5) on conflict (visit_id) do nothing""")
                .setParameter(1, visit.visitId())
                .setParameter(2, event.community())
                .setParameter(3, visit.visitedAt())
                .setParameter(4, visit.peopleCount())
                .setParameter(5, visit.caseIds() == null ? 0 : visit.caseIds().size())
                .executeUpdate();
        if (inserted == 1) {
            tallies.visitRecorded(event.community(), visit.visitedAt(), visit.peopleCount());
        }
    }

    /** A row of the case event log, its payload as JSON text. */
    private record LoggedEvent(String type, String data, long sequence, UUID eventId, Instant occurredAt) {

        static LoggedEvent of(Object[] row) {
            return new LoggedEvent(
                    (String) row[0],
                    (String) row[1],
                    NativeRows.number(row[2]),
                    (UUID) row[3],
                    NativeRows.instant(row[4]));
        }
    }

    private <T> T read(String json, Class<T> type, String eventType) {
        try {
            return tolerantReader.forType(type).readValue(json);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("Payload of " + eventType + " does not fit " + type.getSimpleName(), e);
        }
    }
}
