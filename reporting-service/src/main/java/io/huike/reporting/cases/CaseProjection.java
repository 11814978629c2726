package io.huike.reporting.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.huike.kernel.calendar.OfficialCalendar;
import io.huike.kernel.calendar.WorkingDays;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.events.MalformedEventException;
import io.huike.plumbing.inbox.AcceptedEvent;
import io.huike.plumbing.jdbc.ArrayColumns;
import io.huike.reporting.NativeRows;
import io.huike.reporting.live.FiguresChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

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
     * MANDATORY: runs in the transaction that records the poll's events in the inbox. Each case's new events are
     * written to its log together, its fact row continued by them (or folded again from the whole log when one
     * arrives out of order), and the tallies changed once for the whole poll.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(List<AcceptedEvent> events) {
        Map<UUID, List<Arrived>> byCase = new LinkedHashMap<>();
        Set<FiguresChanged> changed = new LinkedHashSet<>();
        for (AcceptedEvent accepted : events) {
            EventEnvelope event = accepted.event();
            if (RECEPTION_VISIT_RECORDED.equals(event.type())) {
                visitRecorded(event, read(event.data().toString(), ReceptionVisitRecorded.class, event.type()));
            } else if (CaseEvent.TYPES.containsKey(event.type())) {
                byCase.computeIfAbsent(UUID.fromString(event.subject()), id -> new ArrayList<>())
                        .add(new Arrived(
                                event, read(event.data().toString(), CaseEvent.TYPES.get(event.type()), event.type())));
            } else {
                continue;
            }
            changed.add(new FiguresChanged(event.community(), event.type()));
        }
        if (!byCase.isEmpty()) {
            casesChanged(byCase);
        }
        changed.forEach(changes::fire);
    }

    private void casesChanged(Map<UUID, List<Arrived>> byCase) {
        Set<UUID> logged = log(byCase.values().stream().flatMap(List::stream).toList());
        Map<UUID, CaseFact> facts = new HashMap<>();
        entityManager
                .createQuery("select c from CaseFact c where c.caseId in :ids", CaseFact.class)
                .setParameter("ids", byCase.keySet())
                .getResultList()
                .forEach(fact -> facts.put(fact.caseId, fact));
        List<MonthTallies.Contribution> changes = new ArrayList<>();
        List<UUID> toFoldAgain = new ArrayList<>();
        for (Map.Entry<UUID, List<Arrived>> arrived : byCase.entrySet()) {
            CaseFact fact = facts.get(arrived.getKey());
            List<Arrived> later = arrived.getValue().stream()
                    .filter(a -> logged.contains(a.event().id()))
                    .sorted(Comparator.comparingLong(a -> a.event().sequence()))
                    .toList();
            if (later.isEmpty()) {
                continue;
            }
            if (fact == null || later.get(0).event().sequence() <= fact.lastSequence) {
                toFoldAgain.add(arrived.getKey());
            } else {
                changes.add(continued(fact, later));
            }
        }
        if (!toFoldAgain.isEmpty()) {
            Map<UUID, List<Step>> earlier = loggedBefore(toFoldAgain, logged);
            for (UUID caseId : toFoldAgain) {
                List<Step> now = byCase.get(caseId).stream()
                        .filter(a -> logged.contains(a.event().id()))
                        .map(Arrived::step)
                        .toList();
                changes.add(foldedAgain(
                        caseId,
                        byCase.get(caseId).get(0).event().community(),
                        facts.get(caseId),
                        earlier.getOrDefault(caseId, List.of()),
                        now));
            }
        }
        tallies.add(MonthTallies.sum(changes));
    }

    /** Continues the fact row with events that all follow it; the flows they bring are all new. */
    private MonthTallies.Contribution continued(CaseFact fact, List<Arrived> later) {
        MonthTallies.Contribution before = MonthTallies.contributionOf(fact, List.of());
        List<MonthTallies.Flow> newFlows =
                Step.flows(later.stream().map(Arrived::step).toList());
        CaseHistory.continueWith(
                fact,
                later.stream().map(Arrived::data).toList(),
                later.get(later.size() - 1).event().sequence(),
                workingDays);
        return MonthTallies.difference(before, MonthTallies.contributionOf(fact, newFlows));
    }

    /**
     * Folds the case's whole log again, the events logged before this poll with those it brings, because one of
     * them precedes an event already folded, or the case has no row yet.
     */
    private MonthTallies.Contribution foldedAgain(
            UUID caseId, String community, CaseFact existing, List<Step> loggedBefore, List<Step> loggedNow) {
        List<Step> log = new ArrayList<>(loggedBefore);
        log.addAll(loggedNow);
        log.sort(Comparator.comparingLong(Step::sequence).thenComparing(Step::occurredAt));
        MonthTallies.Contribution before = MonthTallies.contributionOf(existing, Step.flows(loggedBefore));
        Optional<CaseFact> after = CaseHistory.fold(
                caseId,
                community,
                log.stream().map(Step::data).toList(),
                log.get(log.size() - 1).sequence(),
                workingDays);
        after.ifPresent(fact -> {
            if (existing == null) {
                entityManager.persist(fact);
            } else {
                entityManager.merge(fact);
            }
        });
        return MonthTallies.difference(before, MonthTallies.contributionOf(after.orElse(null), Step.flows(log)));
    }

    /** Writes the events to the case event log in one statement; answers the ids not logged before. */
    private Set<UUID> log(List<Arrived> events) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into case_event (event_id, case_id, community_id, type, sequence, occurred_at, data)
                    select event_id, case_id, community_id, type, sequence, cast(occurred_at as timestamptz),
                           cast(data as jsonb)
                    from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])
                        as row (event_id, case_id, community_id, type, sequence, occurred_at, data)
                    on conflict (event_id) do nothing
                    returning event_id""")) {
                ArrayColumns.bind(insert, 1, "uuid", events, a -> a.event().id());
                ArrayColumns.bind(
                        insert,
                        2,
                        "uuid",
                        events,
                        a -> UUID.fromString(a.event().subject()));
                ArrayColumns.bind(insert, 3, "text", events, a -> a.event().community());
                ArrayColumns.bind(insert, 4, "text", events, a -> a.event().type());
                ArrayColumns.bind(insert, 5, "bigint", events, a -> a.event().sequence());
                ArrayColumns.bind(insert, 6, "text", events, a -> a.occurredAt().toString());
                ArrayColumns.bind(
                        insert, 7, "text", events, a -> a.event().data().toString());
                Set<UUID> logged = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        logged.add(rows.getObject(1, UUID.class));
                    }
                }
                return logged;
            }
        });
    }

    /** The events of these cases logged before this poll, read. */
    private Map<UUID, List<Step>> loggedBefore(List<UUID> caseIds, Set<UUID> loggedNow) {
        Query log = entityManager
                .createNativeQuery("""
                select type, cast(data as text), sequence, occurred_at, case_id from case_event
                where case_id in (:ids) and not (event_id in (:now))""")
                .setParameter("ids", caseIds)
                .setParameter("now", loggedNow.isEmpty() ? Set.of(new UUID(0, 0)) : loggedNow);
        Map<UUID, List<Step>> logs = new HashMap<>();
        for (Object[] row : NativeRows.<Object[]>list(log, r -> r)) {
            String type = (String) row[0];
            logs.computeIfAbsent((UUID) row[4], id -> new ArrayList<>())
                    .add(new Step(
                            NativeRows.number(row[2]),
                            NativeRows.instant(row[3]),
                            type,
                            read((String) row[1], CaseEvent.TYPES.get(type), type)));
        }
        return logs;
    }

    /** An event of a case's log, its payload read. */
    private record Step(long sequence, Instant occurredAt, String type, CaseEvent data) {

        static List<MonthTallies.Flow> flows(List<Step> steps) {
            return steps.stream()
                    .filter(step -> MonthTallies.FLOW_TYPES.contains(step.type()))
                    .map(step -> new MonthTallies.Flow(step.type(), step.occurredAt()))
                    .toList();
        }
    }

    /** A case event of this poll, its payload read. */
    private record Arrived(EventEnvelope event, CaseEvent data) {

        Instant occurredAt() {
            return data.occurredAt() != null ? data.occurredAt() : event.time();
        }

        Step step() {
            return new Step(event.sequence(), occurredAt(), event.type(), data);
        }
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

    private <T> T read(String json, Class<T> type, String eventType) {
        try {
            return tolerantReader.forType(type).readValue(json);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("Payload of " + eventType + " does not fit " + type.getSimpleName(), e);
        }
    }
}
