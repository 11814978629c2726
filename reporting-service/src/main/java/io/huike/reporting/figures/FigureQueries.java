package io.huike.reporting.figures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.reporting.NativeRows;
import io.huike.reporting.cases.CaseContribution;
import io.huike.reporting.cases.CaseFact;
import io.huike.reporting.cases.MonthTallies;
import io.huike.reporting.cases.OpenCaseRules;
import io.huike.reporting.communities.Community;
import io.huike.reporting.communities.CommunityDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes figures, only ever for the communities given: whole months from the month tallies and the open cases,
 * other days from the fact rows, the case event log and the visits.
 */
@ApplicationScoped
public class FigureQueries {

    private static final TypeReference<Map<String, Long>> OUTCOME_COUNTS = new TypeReference<>() {};

    private final EntityManager entityManager;
    private final CommunityDirectory directory;
    private final ObjectMapper mapper;

    FigureQueries(EntityManager entityManager, CommunityDirectory directory, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.directory = directory;
        this.mapper = mapper;
    }

    /**
     * One row per group, judged at {@code now}. Splitting by place lists every community (subdistrict, district)
     * asked for, and by day or month every day or month of the period, with zeros where nothing happened.
     */
    public List<FigureRow> compute(FigureQuery query, Instant now) {
        if (query.communities().isEmpty()) {
            return List.of();
        }
        Map<String, Community> communities = directory.describe(query.communities());
        Map<String, FigureTally> tallies = new TreeMap<>();
        prefill(query, communities, tallies, now);
        boolean beyondCases = query.category() == null
                && query.channel() == null
                && query.groupBy().splitsBeyondCases();
        Period period =
                Period.of(query.from(), query.to(), now.atZone(CaseFact.ZONE).toLocalDate());
        if (query.groupBy() == Grouping.DAY) {
            period = Period.daysOnly(query.from(), query.to());
        }
        for (Period.Days days : period.days()) {
            addDays(query, communities, tallies, days, beyondCases, now);
        }
        period.months().ifPresent(months -> addMonths(query, communities, tallies, months, beyondCases, now));
        if (beyondCases) {
            for (Object[] row : dutyShifts(query, now)) {
                String key = query.groupBy()
                        .keyOf(communities.get((String) row[0]), null, null, NativeRows.localDate(row[1]));
                tally(tallies, key, now)
                        .addDutyShifts(
                                ((Number) row[2]).longValue(),
                                ((Number) row[3]).longValue(),
                                ((Number) row[4]).longValue(),
                                ((Number) row[5]).longValue());
            }
        } else {
            tallies.values().forEach(FigureTally::casesOnly);
        }
        List<FigureRow> rows = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            String name =
                    query.groupBy() == Grouping.COMMUNITY ? communities.get(key).name() : key;
            rows.add(new FigureRow(key, name, tally.figures()));
        });
        return rows;
    }

    /** Days outside whole months, and groupings by day: from every case's row. */
    private void addDays(
            FigureQuery query,
            Map<String, Community> communities,
            Map<String, FigureTally> tallies,
            Period.Days days,
            boolean beyondCases,
            Instant now) {
        Instant from = days.start();
        Instant to = days.end();
        for (CaseFact c : cases(query, from, to)) {
            LocalDate day = c.registeredAt.atZone(CaseFact.ZONE).toLocalDate();
            tally(tallies, query.groupBy().keyOf(communities.get(c.communityId), c.category, c.channel, day), now)
                    .addCase(c);
        }
        for (Object[] row : flows(query, from, to)) {
            tallyOfRow(query, communities, tallies, row, now).addFlow((String) row[4], ((Number) row[5]).longValue());
        }
        if (beyondCases) {
            addVisits(query, communities, tallies, visits(query, from, to), now);
        }
    }

    /**
     * Whole months: closed cases, flows and visits from the month tallies, open cases from their rows, because an
     * open case's deadlines are judged now.
     */
    private void addMonths(
            FigureQuery query,
            Map<String, Community> communities,
            Map<String, FigureTally> tallies,
            Period.Days months,
            boolean beyondCases,
            Instant now) {
        Instant from = months.start();
        Instant to = months.end();
        for (Object[] row : openCaseCounts(query, from, to, now)) {
            tallyOfRow(query, communities, tallies, row, now).addCases(openCases(row));
        }
        for (Object[] row : closedCaseTallies(query, months)) {
            tallyOfRow(query, communities, tallies, row, now).addCases(closedCases(row));
        }
        for (Object[] row : flowTallies(query, months)) {
            tallyOfRow(query, communities, tallies, row, now).addFlow((String) row[4], ((Number) row[5]).longValue());
        }
        if (beyondCases) {
            addVisits(query, communities, tallies, visitTallies(query, months), now);
        }
    }

    private static void prefill(
            FigureQuery query, Map<String, Community> communities, Map<String, FigureTally> tallies, Instant now) {
        switch (query.groupBy()) {
            case NONE -> tallies.put("all", new FigureTally(now));
            case COMMUNITY, SUBDISTRICT, DISTRICT ->
                communities
                        .values()
                        .forEach(community ->
                                tallies.put(query.groupBy().keyOf(community, null, null, null), new FigureTally(now)));
            case DAY ->
                query.from()
                        .datesUntil(query.to().plusDays(1))
                        .forEach(day -> tallies.put(day.toString(), new FigureTally(now)));
            case MONTH -> {
                YearMonth last = YearMonth.from(query.to());
                for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(last); m = m.plusMonths(1)) {
                    tallies.put(m.toString(), new FigureTally(now));
                }
            }
            default -> {}
        }
    }

    /** Reception visits, from rows of community, day or month, visits and people received. */
    private static void addVisits(
            FigureQuery query,
            Map<String, Community> communities,
            Map<String, FigureTally> tallies,
            List<Object[]> rows,
            Instant now) {
        for (Object[] row : rows) {
            String key =
                    query.groupBy().keyOf(communities.get((String) row[0]), null, null, NativeRows.localDate(row[1]));
            tally(tallies, key, now).addVisits(((Number) row[2]).longValue(), ((Number) row[3]).longValue());
        }
    }

    /** The tally of a row that begins with the community, the day or month, the category and the channel. */
    private static FigureTally tallyOfRow(
            FigureQuery query,
            Map<String, Community> communities,
            Map<String, FigureTally> tallies,
            Object[] row,
            Instant now) {
        String key = query.groupBy()
                .keyOf(
                        communities.get((String) row[0]),
                        (String) row[2],
                        (String) row[3],
                        NativeRows.localDate(row[1]));
        return tally(tallies, key, now);
    }

    private static FigureTally tally(Map<String, FigureTally> tallies, String key, Instant now) {
        return tallies.computeIfAbsent(key, k -> new FigureTally(now));
    }

    private List<CaseFact> cases(FigureQuery query, Instant from, Instant to) {
        TypedQuery<CaseFact> cases = entityManager.createQuery("""
                select c from CaseFact c where c.communityId in :communities
                and c.registeredAt >= :from and c.registeredAt < :to
                and (:category is null or c.category = :category) and (:channel is null or c.channel = :channel)""", CaseFact.class);
        return bind(cases, query, from, to).getResultList();
    }

    /**
     * The open cases of whole months added up in the database, by community, month of registration, outcome and the
     * category and channel the query needs (else {@code *}). The rules are those of {@link CaseContribution#of},
     * written in SQL so that a district's thousands of open cases are not read one by one; FiguresTest holds both
     * ways to the same known figures.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> openCaseCounts(FigureQuery query, Instant from, Instant to, Instant now) {
        boolean byCategory = query.category() != null || query.groupBy() == Grouping.CATEGORY;
        boolean byChannel = query.channel() != null || query.groupBy() == Grouping.CHANNEL;
        Query counts = entityManager
                .createNativeQuery("""
                select community_id, month, category, channel, outcome, count(*),
                       count(*) filter (where contact_late or feedback_late),
                       count(*) filter (where first_contact_at is not null or contact_late),
                       count(*) filter (where first_contact_at is not null
                                        and (first_contact_due_at is null or first_contact_at <= first_contact_due_at)),
                       count(*) filter (where (outcome is not null and outcome <> 'DUPLICATE')
                                        or (outcome is null and feedback_late)),
                       count(*) filter (where outcome = 'RESOLVED'),
                       count(*) filter (where satisfaction is not null),
                       count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')),
                       coalesce(sum(working_days_to_first_contact), 0), count(working_days_to_first_contact),
                       coalesce(sum(working_days_to_feedback), 0), count(working_days_to_feedback)
                from (select community_id,
                             cast(date_trunc('month', registered_at at time zone 'Asia/Shanghai') as date) as month,
                             case when :byCategory then category else '*' end as category,
                             case when :byChannel then channel else '*' end as channel,
                             outcome, satisfaction, first_contact_at, first_contact_due_at,
                             working_days_to_first_contact, working_days_to_feedback,
                             """ + OpenCaseRules.CONTACT_LATE + " as contact_late, " + OpenCaseRules.FEEDBACK_LATE
                        + """
                              as feedback_late
                      from case_fact
                      where community_id in (:communities) and """ + OpenCaseRules.OPEN + """
                        and registered_at >= :from and registered_at < :to
                        and (cast(:category as text) is null or category = :category)
                        and (cast(:channel as text) is null or channel = :channel)) open_case
                group by 1, 2, 3, 4, 5""")
                .setParameter("byCategory", byCategory)
                .setParameter("byChannel", byChannel)
                .setParameter("now", now);
        return bind(counts, query, from, to).getResultList();
    }

    private static CaseContribution openCases(Object[] row) {
        long cases = number(row[5]);
        return new CaseContribution(
                cases,
                cases,
                0,
                number(row[6]),
                row[4] == null ? Map.of() : Map.of((String) row[4], cases),
                number(row[7]),
                number(row[8]),
                number(row[9]),
                number(row[10]),
                number(row[11]),
                number(row[12]),
                number(row[13]),
                number(row[14]),
                number(row[15]),
                number(row[16]));
    }

    /** A tally row's category or channel: the one asked for, each one when split by it, or the row for all. */
    private static String tallyDimension(String asked, boolean splitByIt) {
        return asked != null ? asked : splitByIt ? null : MonthTallies.ALL;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> closedCaseTallies(FigureQuery query, Period.Days months) {
        return tallyRows("""
                select community_id, month, category, channel, closed, cast(outcomes as text), first_contacts_due,
                       first_contacts_on_time, resolutions_due, resolved, feedback_given, satisfied,
                       days_to_first_contact, first_contacts_timed, days_to_feedback, feedbacks_timed
                from case_month_tally""", query, months).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> flowTallies(FigureQuery query, Period.Days months) {
        return tallyRows(
                        "select community_id, month, category, channel, type, events from case_flow_month_tally",
                        query,
                        months)
                .getResultList();
    }

    private Query tallyRows(String select, FigureQuery query, Period.Days months) {
        String category = tallyDimension(query.category(), query.groupBy() == Grouping.CATEGORY);
        String channel = tallyDimension(query.channel(), query.groupBy() == Grouping.CHANNEL);
        return entityManager
                .createNativeQuery(select + """

                where community_id in (:communities) and month >= :from and month <= :to
                  and (case when cast(:category as text) is null then category <> '*' else category = :category end)
                  and (case when cast(:channel as text) is null then channel <> '*' else channel = :channel end)""")
                .setParameter("communities", query.communities())
                .setParameter("from", months.from())
                .setParameter("to", months.to())
                .setParameter("category", category)
                .setParameter("channel", channel);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> visitTallies(FigureQuery query, Period.Days months) {
        return entityManager
                .createNativeQuery("""
                select community_id, month, visits, people from reception_visit_month_tally
                where community_id in (:communities) and month >= :from and month <= :to""")
                .setParameter("communities", query.communities())
                .setParameter("from", months.from())
                .setParameter("to", months.to())
                .getResultList();
    }

    private CaseContribution closedCases(Object[] row) {
        long closed = number(row[4]);
        return new CaseContribution(
                closed,
                0,
                closed,
                0,
                outcomes((String) row[5]),
                number(row[6]),
                number(row[7]),
                number(row[8]),
                number(row[9]),
                number(row[10]),
                number(row[11]),
                number(row[12]),
                number(row[13]),
                number(row[14]),
                number(row[15]));
    }

    private Map<String, Long> outcomes(String json) {
        try {
            return mapper.readValue(json, OUTCOME_COUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outcome counts " + json, e);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> flows(FigureQuery query, Instant from, Instant to) {
        Query flows = entityManager.createNativeQuery("""
                select e.community_id, cast((e.occurred_at at time zone 'Asia/Shanghai') as date), f.category,
                       f.channel, e.type, count(*)
                from case_event e join case_fact f on f.case_id = e.case_id
                where e.community_id in (:communities) and e.occurred_at >= :from and e.occurred_at < :to
                  and e.type in (:flowTypes)
                  and (cast(:category as text) is null or f.category = :category)
                  and (cast(:channel as text) is null or f.channel = :channel)
                group by 1, 2, 3, 4, 5""");
        return bind(flows, query, from, to)
                .setParameter("flowTypes", MonthTallies.FLOW_TYPES)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> visits(FigureQuery query, Instant from, Instant to) {
        return entityManager
                .createNativeQuery("""
                select community_id, cast((visited_at at time zone 'Asia/Shanghai') as date), count(*),
                       sum(people_count)
                from reception_visit
                where community_id in (:communities) and visited_at >= :from and visited_at < :to
                group by 1, 2""")
                .setParameter("communities", query.communities())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> dutyShifts(FigureQuery query, Instant now) {
        return entityManager
                .createNativeQuery("""
                select community_id,
                       case when :byDay then shift_date else cast(date_trunc('month', shift_date) as date) end,
                       count(*), count(*) filter (where shift_date <= :today),
                       count(*) filter (where checked_in_at is not null), count(*) filter (where late)
                from duty_shift
                where community_id in (:communities) and shift_date >= :from and shift_date <= :to
                group by 1, 2""")
                // Only a split by day needs each day; any other split needs at most the month.
                .setParameter("byDay", query.groupBy() == Grouping.DAY)
                .setParameter("communities", query.communities())
                .setParameter("today", now.atZone(CaseFact.ZONE).toLocalDate())
                .setParameter("from", query.from())
                .setParameter("to", query.to())
                .getResultList();
    }

    private static <Q extends Query> Q bind(Q q, FigureQuery query, Instant from, Instant to) {
        q.setParameter("communities", query.communities())
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("category", query.category())
                .setParameter("channel", query.channel());
        return q;
    }
}
