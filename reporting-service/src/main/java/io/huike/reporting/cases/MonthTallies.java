package io.huike.reporting.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.plumbing.jdbc.ArrayColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * Keeps the month tallies (see the V5, V7 and V8 migrations) in step with the case facts: when a case's fact row
 * changes, what the case added before is taken away and what it adds now is added, in the same transaction. Every
 * case adds its counts and its flow events, each under its category and channel and under "all" ({@code *}) for
 * either, so that a query reads one row per community and month whichever of them it filters by.
 *
 * <p>An open case's counts change as its deadlines pass, without any event. So a case adds what it counts with no
 * deadline passed to {@code case_month_tally}, and at each deadline still to come what changes when it passes to
 * {@code case_deadline_tally} under that moment: the figures at any moment are the first plus the rows of the second
 * whose moment has passed. Once the case service announces a deadline as missed, or the case meets or no longer
 * has it, its row there goes back to nothing; so the rows a query reads are few whatever the number of open cases.
 * Being few, they are kept under the case's own category and channel only, and added up for "all" when read.
 */
@ApplicationScoped
public class MonthTallies {

    /** The case events counted as flows: things that happened to a case, counted by when they happened. */
    public static final List<String> FLOW_TYPES = List.of(
            "case.escalated.v1",
            "case.referred.v1",
            "case.referral-answered.v1",
            "case.reopened.v1",
            "case.overdue.v1");

    /** The category or channel of a row that counts every one. */
    public static final String ALL = "*";

    /** One row of a tally: a community's month, under a category and a channel, either of which may be ALL. */
    public record Key(String communityId, LocalDate month, String category, String channel) {}

    /** A row of the deadline tally: what changes in a tally row once {@code dueAt} has passed. */
    public record DeadlineKey(Key key, Instant dueAt) {}

    /** A flow event of a case: its type and when it happened. */
    public record Flow(String type, Instant occurredAt) {}

    /**
     * What one case adds to the tallies: its counts with no deadline passed, what changes as each deadline passes,
     * and its flow events.
     */
    public record Contribution(
            Map<Key, CaseContribution> cases,
            Map<DeadlineKey, CaseContribution> atDeadlines,
            Map<Key, Map<String, Long>> flows) {

        public static final Contribution NONE = new Contribution(Map.of(), Map.of(), Map.of());

        public boolean isEmpty() {
            return cases.isEmpty() && atDeadlines.isEmpty() && flows.isEmpty();
        }
    }

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::communityId)
            .thenComparing(Key::month)
            .thenComparing(Key::category)
            .thenComparing(Key::channel);
    private static final Comparator<DeadlineKey> DEADLINE_KEY_ORDER =
            Comparator.comparing(DeadlineKey::key, KEY_ORDER).thenComparing(DeadlineKey::dueAt);
    /** Before every deadline: an open case judged then counts nothing as late. */
    private static final Instant BEFORE_EVERY_DEADLINE = Instant.MIN;

    /** A count column of {@code case_month_tally} and {@code case_deadline_tally}: the count it holds, read and set. */
    public record Column(
            String name, ToLongFunction<CaseContribution> count, ObjLongConsumer<CaseContribution.Builder> set) {}

    /** Every count column of the two case tallies, in their order after the key and the outcomes. */
    public static final List<Column> COUNTS = List.of(
            new Column("closed", CaseContribution::closed, CaseContribution.Builder::closed),
            new Column("open_cases", CaseContribution::open, CaseContribution.Builder::open),
            new Column("overdue", CaseContribution::overdue, CaseContribution.Builder::overdue),
            new Column(
                    "first_contacts_due",
                    CaseContribution::firstContactsDue,
                    CaseContribution.Builder::firstContactsDue),
            new Column(
                    "first_contacts_on_time",
                    CaseContribution::firstContactsOnTime,
                    CaseContribution.Builder::firstContactsOnTime),
            new Column("resolutions_due", CaseContribution::resolutionsDue, CaseContribution.Builder::resolutionsDue),
            new Column("resolved", CaseContribution::resolved, CaseContribution.Builder::resolved),
            new Column("feedback_given", CaseContribution::feedbackGiven, CaseContribution.Builder::feedbackGiven),
            new Column("satisfied", CaseContribution::satisfied, CaseContribution.Builder::satisfied),
            new Column(
                    "days_to_first_contact",
                    CaseContribution::daysToFirstContact,
                    CaseContribution.Builder::daysToFirstContact),
            new Column(
                    "first_contacts_timed",
                    CaseContribution::firstContactsTimed,
                    CaseContribution.Builder::firstContactsTimed),
            new Column("days_to_feedback", CaseContribution::daysToFeedback, CaseContribution.Builder::daysToFeedback),
            new Column("feedbacks_timed", CaseContribution::feedbacksTimed, CaseContribution.Builder::feedbacksTimed),
            new Column("hotline_orders", CaseContribution::hotlineOrders, CaseContribution.Builder::hotlineOrders),
            new Column(
                    "hotline_signed_on_time",
                    CaseContribution::hotlineSignedOnTime,
                    CaseContribution.Builder::hotlineSignedOnTime),
            new Column(
                    "hotline_signed_late",
                    CaseContribution::hotlineSignedLate,
                    CaseContribution.Builder::hotlineSignedLate),
            new Column(
                    "hotline_awaiting_signature",
                    CaseContribution::hotlineAwaitingSignature,
                    CaseContribution.Builder::hotlineAwaitingSignature),
            new Column("hotline_redone", CaseContribution::hotlineRedone, CaseContribution.Builder::hotlineRedone));

    private static final String CASES_UPSERT = upsert("case_month_tally", List.of());
    private static final String DEADLINES_UPSERT = upsert("case_deadline_tally", List.of("due_at"));
    /** The deadline rows of these moments that no case adds to any more. */
    private static final String DEADLINES_PRUNE =
            "delete from case_deadline_tally where due_at = any(cast(? as text[])::timestamptz[]) and "
                    + COUNTS.stream().map(c -> c.name() + " = 0").collect(Collectors.joining(" and "));

    private static final String FLOWS_UPSERT = """
            insert into case_flow_month_tally (community_id, month, category, channel, type, events)
            select community_id, cast(month as date), category, channel, type, events
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[])
                as row (community_id, month, category, channel, type, events)
            on conflict (community_id, month, category, channel, type) do update
            set events = case_flow_month_tally.events + excluded.events""";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    MonthTallies(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * What a case with this fact row and these flow events adds; nothing for a case not yet registered. The moments
     * at which a case's counts can change are its deadlines, so the case is judged just before the first and just
     * after each.
     */
    public static Contribution contributionOf(CaseFact fact, List<Flow> flows) {
        if (fact == null) {
            return Contribution.NONE;
        }
        List<Key> keys = keys(fact.communityId, monthOf(fact.registeredAt), fact.category, fact.channel);
        Map<Key, CaseContribution> cases = new TreeMap<>(KEY_ORDER);
        CaseContribution before = CaseContribution.of(fact, BEFORE_EVERY_DEADLINE);
        for (Key key : keys) {
            cases.put(key, before);
        }
        Map<DeadlineKey, CaseContribution> atDeadlines = new TreeMap<>(DEADLINE_KEY_ORDER);
        for (Instant deadline : deadlines(fact)) {
            CaseContribution after = CaseContribution.of(fact, deadline.plusNanos(1));
            CaseContribution change = after.plus(before.negated());
            if (!change.equals(CaseContribution.NONE)) {
                atDeadlines.put(new DeadlineKey(keys.get(0), deadline), change);
            }
            before = after;
        }
        Map<Key, Map<String, Long>> flowCounts = new TreeMap<>(KEY_ORDER);
        for (Flow flow : flows) {
            keys(fact.communityId, monthOf(flow.occurredAt()), fact.category, fact.channel)
                    .forEach(key -> flowCounts
                            .computeIfAbsent(key, k -> new TreeMap<>())
                            .merge(flow.type(), 1L, Long::sum));
        }
        return new Contribution(cases, atDeadlines, flowCounts);
    }

    private static List<Instant> deadlines(CaseFact fact) {
        return Stream.of(fact.firstContactDueAt, fact.feedbackDueAt)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }

    /** What to add to the tallies when a case's contribution changes from {@code before} to {@code after}. */
    public static Contribution difference(Contribution before, Contribution after) {
        return combined(after, before, -1);
    }

    /**
     * Many changes as one, so that a batch of events writes each tally row once: each row's counts merged in place,
     * in one pass over the changes.
     */
    public static Contribution sum(List<Contribution> changes) {
        Map<Key, CaseContribution> cases = new TreeMap<>(KEY_ORDER);
        Map<DeadlineKey, CaseContribution> atDeadlines = new TreeMap<>(DEADLINE_KEY_ORDER);
        Map<Key, Map<String, Long>> flows = new TreeMap<>(KEY_ORDER);
        for (Contribution change : changes) {
            change.cases().forEach((key, counts) -> cases.merge(key, counts, CaseContribution::plus));
            change.atDeadlines().forEach((key, counts) -> atDeadlines.merge(key, counts, CaseContribution::plus));
            change.flows().forEach((key, counts) -> counts.forEach((type, n) -> addFlow(flows, key, type, n)));
        }
        cases.values().removeIf(CaseContribution.NONE::equals);
        atDeadlines.values().removeIf(CaseContribution.NONE::equals);
        flows.values().forEach(counts -> counts.values().removeIf(n -> n == 0));
        flows.values().removeIf(Map::isEmpty);
        return new Contribution(cases, atDeadlines, flows);
    }

    /** {@code a} plus {@code sign} times {@code b}, without the rows that come to nothing. */
    private static Contribution combined(Contribution a, Contribution b, int sign) {
        Map<Key, CaseContribution> cases = new TreeMap<>(KEY_ORDER);
        a.cases().forEach((key, counts) -> cases.merge(key, counts, CaseContribution::plus));
        b.cases().forEach((key, counts) -> cases.merge(key, signed(counts, sign), CaseContribution::plus));
        cases.values().removeIf(CaseContribution.NONE::equals);
        Map<DeadlineKey, CaseContribution> atDeadlines = new TreeMap<>(DEADLINE_KEY_ORDER);
        a.atDeadlines().forEach((key, counts) -> atDeadlines.merge(key, counts, CaseContribution::plus));
        b.atDeadlines().forEach((key, counts) -> atDeadlines.merge(key, signed(counts, sign), CaseContribution::plus));
        atDeadlines.values().removeIf(CaseContribution.NONE::equals);
        Map<Key, Map<String, Long>> flows = new TreeMap<>(KEY_ORDER);
        a.flows().forEach((key, counts) -> counts.forEach((type, n) -> addFlow(flows, key, type, n)));
        b.flows().forEach((key, counts) -> counts.forEach((type, n) -> addFlow(flows, key, type, sign * n)));
        flows.values().forEach(counts -> counts.values().removeIf(n -> n == 0));
        flows.values().removeIf(Map::isEmpty);
        return new Contribution(cases, atDeadlines, flows);
    }

    private static CaseContribution signed(CaseContribution counts, int sign) {
        return sign < 0 ? counts.negated() : counts;
    }

    /**
     * MANDATORY: the tallies change in the transaction that changes the case's fact row. Each row is written by one
     * statement of a JDBC batch, and a deadline row that comes back to nothing is removed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Contribution change) {
        if (change.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            writeCases(connection, CASES_UPSERT, change.cases(), key -> key, null);
            writeCases(
                    connection,
                    DEADLINES_UPSERT,
                    change.atDeadlines(),
                    DeadlineKey::key,
                    key -> key.dueAt().toString());
            if (!change.atDeadlines().isEmpty()) {
                try (PreparedStatement prune = connection.prepareStatement(DEADLINES_PRUNE)) {
                    List<String> moments = change.atDeadlines().keySet().stream()
                            .map(key -> key.dueAt().toString())
                            .distinct()
                            .toList();
                    ArrayColumns.bind(prune, 1, "text", moments, moment -> moment);
                    prune.executeUpdate();
                }
            }
            List<Object[]> flowRows = new ArrayList<>();
            change.flows()
                    .forEach((key, counts) -> counts.forEach((type, n) -> flowRows.add(new Object[] {
                        key.communityId(), key.month().toString(), key.category(), key.channel(), type, n
                    })));
            if (!flowRows.isEmpty()) {
                try (PreparedStatement upsert = connection.prepareStatement(FLOWS_UPSERT)) {
                    String[] types = {"text", "text", "text", "text", "text", "bigint"};
                    for (int column = 0; column < types.length; column++) {
                        int c = column;
                        ArrayColumns.bind(upsert, column + 1, types[column], flowRows, row -> row[c]);
                    }
                    upsert.executeUpdate();
                }
            }
        });
    }

    /** MANDATORY: counted in the transaction that records the visit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void visitRecorded(String communityId, Instant visitedAt, int people) {
        entityManager
                .createNativeQuery("""
                insert into reception_visit_month_tally (community_id, month, visits, people) values (?1, ?2, 1, ?3)
                on conflict (community_id, month) do update
                set visits = reception_visit_month_tally.visits + 1,
                    people = reception_visit_month_tally.people + excluded.people""")
                .setParameter(1, communityId)
                .setParameter(2, monthOf(visitedAt))
                .setParameter(3, people)
                .executeUpdate();
    }

    public static LocalDate monthOf(Instant at) {
        return at.atZone(CaseFact.ZONE).toLocalDate().withDayOfMonth(1);
    }

    /** Adds these rows to a case tally in one statement, column by column; {@code dueAt} is the deadline tally's. */
    private <K> void writeCases(
            Connection connection,
            String sql,
            Map<K, CaseContribution> rows,
            Function<K, Key> keyOf,
            Function<K, String> dueAt)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<Key> keys = rows.keySet().stream().map(keyOf).toList();
        List<CaseContribution> counts = List.copyOf(rows.values());
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            ArrayColumns.bind(upsert, 1, "text", keys, Key::communityId);
            ArrayColumns.bind(upsert, 2, "text", keys, key -> key.month().toString());
            ArrayColumns.bind(upsert, 3, "text", keys, Key::category);
            ArrayColumns.bind(upsert, 4, "text", keys, Key::channel);
            ArrayColumns.bind(upsert, 5, "text", counts, c -> outcomesJson(c.outcomes()));
            for (int i = 0; i < COUNTS.size(); i++) {
                ToLongFunction<CaseContribution> count = COUNTS.get(i).count();
                ArrayColumns.bind(upsert, 6 + i, "bigint", counts, count::applyAsLong);
            }
            if (dueAt != null) {
                ArrayColumns.bind(upsert, 6 + COUNTS.size(), "text", rows.keySet(), dueAt);
            }
            upsert.executeUpdate();
        }
    }

    /**
     * Adds rows' counts to a case tally, given column by column as arrays: the key, the outcomes, the counts, then
     * {@code extraKey} columns, as text where they are not counts.
     */
    private static String upsert(String table, List<String> extraKey) {
        List<String> columns = new ArrayList<>(List.of("community_id", "month", "category", "channel", "outcomes"));
        COUNTS.forEach(c -> columns.add(c.name()));
        columns.addAll(extraKey);
        List<String> key = new ArrayList<>(List.of("community_id", "month", "category", "channel"));
        key.addAll(extraKey);
        List<String> selected = new ArrayList<>(
                List.of("community_id", "cast(month as date)", "category", "channel", "cast(outcomes as jsonb)"));
        COUNTS.forEach(c -> selected.add(c.name()));
        extraKey.forEach(c -> selected.add("cast(" + c + " as timestamptz)"));
        List<String> arrays = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            boolean count = i >= 5 && i < 5 + COUNTS.size();
            arrays.add(count ? "?::bigint[]" : "?::text[]");
        }
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", selected)
                + " from unnest(" + String.join(", ", arrays) + ") as row (" + String.join(", ", columns) + ")"
                + " on conflict (" + String.join(", ", key) + ") do update set outcomes = add_counts(" + table
                + ".outcomes, excluded.outcomes), "
                + COUNTS.stream()
                        .map(c -> c.name() + " = " + table + "." + c.name() + " + excluded." + c.name())
                        .collect(Collectors.joining(", "));
    }

    private static List<Key> keys(String community, LocalDate month, String category, String channel) {
        return List.of(
                new Key(community, month, category, channel),
                new Key(community, month, category, ALL),
                new Key(community, month, ALL, channel),
                new Key(community, month, ALL, ALL));
    }

    private static void addFlow(Map<Key, Map<String, Long>> flows, Key key, String type, long n) {
        flows.computeIfAbsent(key, k -> new TreeMap<>()).merge(type, n, Long::sum);
    }

    private String outcomesJson(Map<String, Long> outcomes) {
        try {
            return mapper.writeValueAsString(outcomes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write outcome counts", e);
        }
    }
}
