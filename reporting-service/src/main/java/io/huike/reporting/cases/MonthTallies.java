package io.huike.reporting.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the month tallies (see the V5 and V7 migrations) in step with the case facts: when a case's fact row changes, what
 * the case added before is taken away and what it adds now is added, in the same transaction. A case adds its
 * counts while it is closed, and its flow events always, each under its category and channel and under "all" ({@code
 * *}) for either, so that a query reads one row per community and month whichever of them it filters by.
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

    /** A flow event of a case: its type and when it happened. */
    public record Flow(String type, Instant occurredAt) {}

    /** What one case adds to the tallies. */
    public record Contribution(Map<Key, CaseContribution> closedCases, Map<Key, Map<String, Long>> flows) {

        public static final Contribution NONE = new Contribution(Map.of(), Map.of());
    }

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::communityId)
            .thenComparing(Key::month)
            .thenComparing(Key::category)
            .thenComparing(Key::channel);

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    MonthTallies(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** What a case with this fact row and these flow events adds; nothing for a case not yet registered. */
    public static Contribution contributionOf(CaseFact fact, List<Flow> flows) {
        if (fact == null) {
            return Contribution.NONE;
        }
        Map<Key, CaseContribution> closed = new TreeMap<>(KEY_ORDER);
        if (!fact.isOpen()) {
            CaseContribution counts = CaseContribution.ofClosed(fact);
            keys(fact.communityId, monthOf(fact.registeredAt), fact.category, fact.channel)
                    .forEach(key -> closed.put(key, counts));
        }
        Map<Key, Map<String, Long>> flowCounts = new TreeMap<>(KEY_ORDER);
        for (Flow flow : flows) {
            keys(fact.communityId, monthOf(flow.occurredAt()), fact.category, fact.channel)
                    .forEach(key -> flowCounts
                            .computeIfAbsent(key, k -> new TreeMap<>())
                            .merge(flow.type(), 1L, Long::sum));
        }
        return new Contribution(closed, flowCounts);
    }

    /** What to add to the tallies when a case's contribution changes from {@code before} to {@code after}. */
    public static Contribution difference(Contribution before, Contribution after) {
        Map<Key, CaseContribution> closed = new TreeMap<>(KEY_ORDER);
        after.closedCases().forEach((key, counts) -> closed.merge(key, counts, CaseContribution::plus));
        before.closedCases().forEach((key, counts) -> closed.merge(key, counts.negated(), CaseContribution::plus));
        closed.values().removeIf(CaseContribution.NONE::equals);
        Map<Key, Map<String, Long>> flows = new TreeMap<>(KEY_ORDER);
        after.flows().forEach((key, counts) -> counts.forEach((type, n) -> addFlow(flows, key, type, n)));
        before.flows().forEach((key, counts) -> counts.forEach((type, n) -> addFlow(flows, key, type, -n)));
        flows.values().forEach(counts -> counts.values().removeIf(n -> n == 0));
        flows.values().removeIf(Map::isEmpty);
        return new Contribution(closed, flows);
    }

    /** MANDATORY: the tallies change in the transaction that changes the case's fact row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Contribution change) {
        change.closedCases().forEach(this::addClosedCases);
        change.flows().forEach((key, counts) -> counts.forEach((type, n) -> addFlows(key, type, n)));
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

    private void addClosedCases(Key key, CaseContribution c) {
        entityManager
                .createNativeQuery("""
                insert into case_month_tally (community_id, month, category, channel, closed, outcomes,
                    first_contacts_due, first_contacts_on_time, resolutions_due, resolved, feedback_given, satisfied,
                    days_to_first_contact, first_contacts_timed, days_to_feedback, feedbacks_timed,
                    hotline_orders, hotline_signed_on_time, hotline_signed_late, hotline_redone)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                    ?17, ?18, ?19, ?20)
                on conflict (community_id, month, category, channel) do update set
                    closed = case_month_tally.closed + excluded.closed,
                    outcomes = add_counts(case_month_tally.outcomes, excluded.outcomes),
                    first_contacts_due = case_month_tally.first_contacts_due + excluded.first_contacts_due,
                    first_contacts_on_time = case_month_tally.first_contacts_on_time + excluded.first_contacts_on_time,
                    resolutions_due = case_month_tally.resolutions_due + excluded.resolutions_due,
                    resolved = case_month_tally.resolved + excluded.resolved,
                    feedback_given = case_month_tally.feedback_given + excluded.feedback_given,
                    satisfied = case_month_tally.satisfied + excluded.satisfied,
                    days_to_first_contact = case_month_tally.days_to_first_contact + excluded.days_to_first_contact,
                    first_contacts_timed = case_month_tally.first_contacts_timed + excluded.first_contacts_timed,
                    days_to_feedback = case_month_tally.days_to_feedback + excluded.days_to_feedback,
                    feedbacks_timed = case_month_tally.feedbacks_timed + excluded.feedbacks_timed,
                    hotline_orders = case_month_tally.hotline_orders + excluded.hotline_orders,
                    hotline_signed_on_time = case_month_tally.hotline_signed_on_time + excluded.hotline_signed_on_time,
                    hotline_signed_late = case_month_tally.hotline_signed_late + excluded.hotline_signed_late,
                    hotline_redone = case_month_tally.hotline_redone + excluded.hotline_redone""")
                .setParameter(1, key.communityId())
                .setParameter(2, key.month())
                .setParameter(3, key.category())
                .setParameter(4, key.channel())
                .setParameter(5, c.closed())
                .setParameter(6, outcomesJson(c.outcomes()))
                .setParameter(7, c.firstContactsDue())
                .setParameter(8, c.firstContactsOnTime())
                .setParameter(9, c.resolutionsDue())
                .setParameter(10, c.resolved())
                .setParameter(11, c.feedbackGiven())
                .setParameter(12, c.satisfied())
                .setParameter(13, c.daysToFirstContact())
                .setParameter(14, c.firstContactsTimed())
                .setParameter(15, c.daysToFeedback())
                .setParameter(16, c.feedbacksTimed())
                .setParameter(17, c.hotlineOrders())
                .setParameter(18, c.hotlineSignedOnTime())
                .setParameter(19, c.hotlineSignedLate())
                .setParameter(20, c.hotlineRedone())
                .executeUpdate();
    }

    private void addFlows(Key key, String type, long events) {
        entityManager
                .createNativeQuery("""
                insert into case_flow_month_tally (community_id, month, category, channel, type, events)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (community_id, month, category, channel, type) do update
                set events = case_flow_month_tally.events + excluded.events""")
                .setParameter(1, key.communityId())
                .setParameter(2, key.month())
                .setParameter(3, key.category())
                .setParameter(4, key.channel())
                .setParameter(5, type)
                .setParameter(6, events)
                .executeUpdate();
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
