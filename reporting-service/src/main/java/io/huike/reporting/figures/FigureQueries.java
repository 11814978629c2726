package io.huike.reporting.figures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.reporting.NativeRows;
import io.huike.reporting.cases.CaseContribution;
import io.huike.reporting.cases.CaseFact;
import io.huike.reporting.cases.MonthTallies;
import io.huike.reporting.roster.Community;
import io.huike.reporting.roster.RosterCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes figures, only ever for the communities given: whole months from the month tallies and the open cases,
 * other days from the fact rows, the case event log and the visits.
 */
@ApplicationScoped
public class FigureQueries {

    private static final TypeReference<Map<String, Long>> OUTCOME_COUNTS = new TypeReference<>() {};
    /**
     * The start of the group in time a day falls in, as {@link Grouping#periodStarts} gives them: the day, its month
     * or the whole period ({@code :from}); days before {@code :from} are not read, or lifted to it.
     */
    private static final String PERIOD_START = """
            case when :byDay then %1$s
                 when :byMonth then cast(date_trunc('month', %1$s) as date)
                 else cast(:from as date) end""";

    /**
     * Whole months of cases: the month tally's rows (%2$s picks them) and the deadline tally's rows whose moment has
     * passed, which hold each case's own category and channel (%3$s, %4$s: kept, or {@code *} for the rows of all),
     * added up per place (%5$s), month, category and channel, outcome counts merged; %1$s are the counts, %6$s their
     * sums.
     */
    private static final String CASE_TALLIES = """
            with tally (community_id, month, category, channel, outcomes, %1$s) as (
                select community_id, month, category, channel, outcomes, %1$s from case_month_tally %2$s
                union all
                select community_id, month, %3$s, %4$s, cast('{}' as jsonb), %1$s from case_deadline_tally
                where community_id in (:communities) and month >= :from and month <= :to
                  and (cast(:asked_category as text) is null or category = :asked_category)
                  and (cast(:asked_channel as text) is null or channel = :asked_channel)
                  and due_at < :now),
            summed as (select %5$s as place, month, category, channel, %6$s from tally group by 1, 2, 3, 4),
            outcome as (
                select place, month, category, channel, jsonb_object_agg(outcome, cases) as outcomes
                from (select %5$s as place, month, category, channel, o.key as outcome,
                             sum(cast(o.value as bigint)) as cases
                      from tally, jsonb_each_text(outcomes) o group by 1, 2, 3, 4, 5) per_outcome
                group by 1, 2, 3, 4)
            select place, month, category, channel, coalesce(cast(outcomes as text), '{}'), %1$s
            from summed left join outcome using (place, month, category, channel)""";

    private final EntityManager entityManager;
    private final RosterCopy roster;
    private final ObjectMapper mapper;

    FigureQueries(EntityManager entityManager, RosterCopy roster, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.roster = roster;
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
        Map<String, Community> communities = roster.describe(query.communities());
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
            for (DutyShiftRow row : dutyShifts(query, now)) {
                tally(query, communities, tallies, row.group(), now)
                        .addDutyShifts(row.planned(), row.due(), row.kept(), row.late());
            }
            addVolunteers(query, communities, tallies, now);
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
            tally(query, communities, tallies, new RowGroup(c.communityId, day, c.category, c.channel), now)
                    .addCase(c);
        }
        for (FlowRow row : flows(query, from, to)) {
            tally(query, communities, tallies, row.group(), now).addFlow(row.type(), row.events());
        }
        if (beyondCases) {
            addVisits(query, communities, tallies, visits(query, from, to), now);
        }
    }

    /**
     * Whole months from the tallies: cases as they count with no deadline passed plus what the deadlines passed by
     * now change, flows and visits.
     */
    private void addMonths(
            FigureQuery query,
            Map<String, Community> communities,
            Map<String, FigureTally> tallies,
            Period.Days months,
            boolean beyondCases,
            Instant now) {
        for (CasesRow row : caseTallies(query, months, now)) {
            tally(query, communities, tallies, row.group(), now).addCases(row.cases());
        }
        for (FlowRow row : flowTallies(query, months)) {
            tally(query, communities, tallies, row.group(), now).addFlow(row.type(), row.events());
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

    /** Reception visits and the people they brought, per community and day or month. */
    private static void addVisits(
            FigureQuery query,
            Map<String, Community> communities,
            Map<String, FigureTally> tallies,
            List<VisitRow> rows,
            Instant now) {
        for (VisitRow row : rows) {
            tally(query, communities, tallies, row.group(), now).addVisits(row.visits(), row.people());
        }
    }

    /**
     * The volunteers who served in the period's activities, with the activities and hours, and the volunteers
     * registered by the end of each group in time: a running total per community, as everyone who signed up before
     * still counts.
     */
    private void addVolunteers(
            FigureQuery query, Map<String, Community> communities, Map<String, FigureTally> tallies, Instant now) {
        for (VolunteerServiceRow row : volunteerService(query)) {
            tally(query, communities, tallies, row.group(), now)
                    .addVolunteerService(row.volunteers(), row.activities(), row.hours());
        }
        Map<String, Map<LocalDate, Long>> signUpsByStart = new TreeMap<>();
        for (SignUpRow row : volunteerSignUps(query)) {
            signUpsByStart
                    .computeIfAbsent(row.group().communityId(), c -> new HashMap<>())
                    .put(row.group().day(), row.volunteers());
        }
        List<LocalDate> starts = query.groupBy().periodStarts(query.from(), query.to());
        signUpsByStart.forEach((community, signUps) -> {
            long registered = 0;
            for (LocalDate start : starts) {
                registered += signUps.getOrDefault(start, 0L);
                tally(query, communities, tallies, new RowGroup(community, start, null, null), now)
                        .addVolunteersRegistered(registered);
            }
        });
    }

    /** The tally of the group a row falls in. */
    private static FigureTally tally(
            FigureQuery query,
            Map<String, Community> communities,
            Map<String, FigureTally> tallies,
            RowGroup group,
            Instant now) {
        String key = query.groupBy()
                .keyOf(communities.get(group.communityId()), group.category(), group.channel(), group.day());
        return tallies.computeIfAbsent(key, k -> new FigureTally(now));
    }

    private List<CaseFact> cases(FigureQuery query, Instant from, Instant to) {
        TypedQuery<CaseFact> cases = entityManager.createQuery("""
                select c from CaseFact c where c.communityId in :communities
                and c.registeredAt >= :from and c.registeredAt < :to
                and (:category is null or c.category = :category) and (:channel is null or c.channel = :channel)""", CaseFact.class);
        return bind(cases, query, from, to).getResultList();
    }

    /** A tally row's category or channel: the one asked for, each one when split by it, or the row for all. */
    private static String tallyDimension(String asked, boolean splitByIt) {
        return asked != null ? asked : splitByIt ? null : MonthTallies.ALL;
    }

    /**
     * The case tallies of whole months judged at {@code now}, added up in the database to one row per community (or
     * one for them all, when the grouping does not split by place), month, category and channel: a year of a
     * district's communities comes to a dozen rows, not thousands.
     */
    private List<CasesRow> caseTallies(FigureQuery query, Period.Days months, Instant now) {
        List<String> counts =
                MonthTallies.COUNTS.stream().map(MonthTallies.Column::name).toList();
        boolean byCategory = query.category() != null || query.groupBy() == Grouping.CATEGORY;
        boolean byChannel = query.channel() != null || query.groupBy() == Grouping.CHANNEL;
        String tallies = CASE_TALLIES.formatted(
                String.join(", ", counts),
                tallyRowsWhere(query),
                byCategory ? "category" : "'*'",
                byChannel ? "channel" : "'*'",
                placeColumn(query),
                counts.stream().map(c -> "sum(" + c + ") as " + c).collect(Collectors.joining(", ")));
        Query rows = bindTallyRows(entityManager.createNativeQuery(tallies), query, months)
                .setParameter("asked_category", query.category())
                .setParameter("asked_channel", query.channel())
                .setParameter("now", now);
        return NativeRows.list(rows, row -> CasesRow.of(row, this::outcomes));
    }

    private List<FlowRow> flowTallies(FigureQuery query, Period.Days months) {
        Query rows = tallyRows(
                "select " + placeColumn(query) + ", month, category, channel, type, sum(events)"
                        + " from case_flow_month_tally",
                query,
                months,
                " group by 1, 2, 3, 4, 5");
        return NativeRows.list(rows, FlowRow::of);
    }

    /**
     * A tally row's community, as the grouping needs it: its own when the figures are split by place; otherwise any
     * one of those asked for stands for them all, so that the rows of every community add up in the database.
     */
    private static String placeColumn(FigureQuery query) {
        return query.groupBy().splitsByPlace() ? "community_id" : "cast(:any_community as text)";
    }

    private Query tallyRows(String select, FigureQuery query, Period.Days months, String groupBy) {
        return bindTallyRows(entityManager.createNativeQuery(select + tallyRowsWhere(query) + groupBy), query, months);
    }

    /**
     * The rows of a month tally a query asks for: its communities and months, and the category and channel asked for,
     * each one when split by it, or the rows for all; written so that the key's index finds them.
     */
    private static String tallyRowsWhere(FigureQuery query) {
        String category = tallyDimension(query.category(), query.groupBy() == Grouping.CATEGORY);
        String channel = tallyDimension(query.channel(), query.groupBy() == Grouping.CHANNEL);
        return " where community_id in (:communities) and month >= :from and month <= :to and "
                + (category == null ? "category <> '*'" : "category = :category") + " and "
                + (channel == null ? "channel <> '*'" : "channel = :channel");
    }

    private static Query bindTallyRows(Query rows, FigureQuery query, Period.Days months) {
        String category = tallyDimension(query.category(), query.groupBy() == Grouping.CATEGORY);
        String channel = tallyDimension(query.channel(), query.groupBy() == Grouping.CHANNEL);
        bindPlacesAndMonths(rows, query, months);
        if (category != null) {
            rows.setParameter("category", category);
        }
        if (channel != null) {
            rows.setParameter("channel", channel);
        }
        return rows;
    }

    private List<VisitRow> visitTallies(FigureQuery query, Period.Days months) {
        Query rows = entityManager.createNativeQuery("select " + placeColumn(query) + """
                        , month, sum(visits), sum(people) from reception_visit_month_tally
                        where community_id in (:communities) and month >= :from and month <= :to
                        group by 1, 2""");
        return NativeRows.list(bindPlacesAndMonths(rows, query, months), VisitRow::of);
    }

    /** Binds the communities and months a tally query reads, and the community {@link #placeColumn} may stand for. */
    private static Query bindPlacesAndMonths(Query rows, FigureQuery query, Period.Days months) {
        rows.setParameter("communities", query.communities())
                .setParameter("from", months.from())
                .setParameter("to", months.to());
        if (!query.groupBy().splitsByPlace()) {
            rows.setParameter("any_community", query.communities().iterator().next());
        }
        return rows;
    }

    private Map<String, Long> outcomes(String json) {
        try {
            return mapper.readValue(json, OUTCOME_COUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outcome counts " + json, e);
        }
    }

    private List<FlowRow> flows(FigureQuery query, Instant from, Instant to) {
        Query flows = entityManager.createNativeQuery("""
                select e.community_id, cast((e.occurred_at at time zone 'Asia/Shanghai') as date), f.category,
                       f.channel, e.type, count(*)
                from case_event e join case_fact f on f.case_id = e.case_id
                where e.community_id in (:communities) and e.occurred_at >= :from and e.occurred_at < :to
                  and e.type in (:flowTypes)
                  and (cast(:category as text) is null or f.category = :category)
                  and (cast(:channel as text) is null or f.channel = :channel)
                group by 1, 2, 3, 4, 5""").setParameter("flowTypes", MonthTallies.FLOW_TYPES);
        return NativeRows.list(bind(flows, query, from, to), FlowRow::of);
    }

    private List<VisitRow> visits(FigureQuery query, Instant from, Instant to) {
        Query rows = entityManager
                .createNativeQuery("""
                select community_id, cast((visited_at at time zone 'Asia/Shanghai') as date), count(*),
                       sum(people_count)
                from reception_visit
                where community_id in (:communities) and visited_at >= :from and visited_at < :to
                group by 1, 2""")
                .setParameter("communities", query.communities())
                .setParameter("from", from)
                .setParameter("to", to);
        return NativeRows.list(rows, VisitRow::of);
    }

    /**
     * Duty shifts per community and day (split by day) or month: whole months from the month tally, the days outside
     * them from the shifts' rows. A whole month's shifts are all due once it is past and none before it begins; in
     * the current month those up to today are, counted from its rows.
     */
    private List<DutyShiftRow> dutyShifts(FigureQuery query, Instant now) {
        LocalDate today = now.atZone(CaseFact.ZONE).toLocalDate();
        YearMonth firstWhole = YearMonth.from(query.from().minusDays(1)).plusMonths(1);
        YearMonth lastWhole = YearMonth.from(query.to().plusDays(1)).minusMonths(1);
        if (query.groupBy() == Grouping.DAY || firstWhole.isAfter(lastWhole)) {
            return dutyShiftRows(query, query.from(), query.to(), today);
        }
        List<DutyShiftRow> rows = new ArrayList<>();
        if (query.from().isBefore(firstWhole.atDay(1))) {
            rows.addAll(dutyShiftRows(query, query.from(), firstWhole.atDay(1).minusDays(1), today));
        }
        if (query.to().isAfter(lastWhole.atEndOfMonth())) {
            rows.addAll(dutyShiftRows(query, lastWhole.atEndOfMonth().plusDays(1), query.to(), today));
        }
        YearMonth current = YearMonth.from(today);
        Map<String, Long> dueThisMonth = current.isBefore(firstWhole) || current.isAfter(lastWhole)
                ? Map.of()
                : dutyShiftRows(query, current.atDay(1), today, today).stream()
                        .collect(Collectors.toMap(row -> row.group().communityId(), DutyShiftRow::planned));
        Query tallies = entityManager
                .createNativeQuery("""
                select community_id, month, planned, kept, late from duty_shift_month_tally
                where community_id in (:communities) and month >= :first and month <= :last""")
                .setParameter("communities", query.communities())
                .setParameter("first", firstWhole.atDay(1))
                .setParameter("last", lastWhole.atDay(1));
        for (Object[] row : NativeRows.<Object[]>list(tallies, r -> r)) {
            String community = (String) row[0];
            YearMonth month = YearMonth.from(NativeRows.localDate(row[1]));
            long planned = NativeRows.number(row[2]);
            long due = month.isBefore(current)
                    ? planned
                    : month.equals(current) ? dueThisMonth.getOrDefault(community, 0L) : 0;
            rows.add(new DutyShiftRow(
                    new RowGroup(community, month.atDay(1), null, null),
                    planned,
                    due,
                    NativeRows.number(row[3]),
                    NativeRows.number(row[4])));
        }
        return rows;
    }

    private List<DutyShiftRow> dutyShiftRows(FigureQuery query, LocalDate from, LocalDate to, LocalDate today) {
        Query rows = entityManager
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
                .setParameter("today", today)
                .setParameter("from", from)
                .setParameter("to", to);
        return NativeRows.list(rows, DutyShiftRow::of);
    }

    /**
     * Per community and day, month or whole period (as the grouping needs): the volunteers who served in activities
     * held then, each once, the activities and the hours.
     */
    private List<VolunteerServiceRow> volunteerService(FigureQuery query) {
        Query rows = entityManager.createNativeQuery("""
                select community_id, """ + PERIOD_START.formatted("held_on") + """
                       , count(distinct volunteer_id), count(distinct activity_id), sum(hours)
                from volunteer_service
                where community_id in (:communities) and held_on >= :from and held_on <= :to
                group by 1, 2""");
        return NativeRows.list(byPeriodStart(rows, query).setParameter("to", query.to()), VolunteerServiceRow::of);
    }

    /**
     * Per community, the volunteers signed up by the period's last day, by the start of the group in time they first
     * count in: the period's first day for everyone who signed up before it.
     */
    private List<SignUpRow> volunteerSignUps(FigureQuery query) {
        Query rows = entityManager
                .createNativeQuery("""
                select community_id, greatest(""" + PERIOD_START.formatted("signed_up_on") + """
                       , cast(:from as date)), count(*)
                from (select community_id, cast((signed_up_at at time zone 'Asia/Shanghai') as date) as signed_up_on
                      from volunteer where community_id in (:communities) and signed_up_at < :end) signed_up
                group by 1, 2""")
                .setParameter(
                        "end",
                        query.to().plusDays(1).atStartOfDay(CaseFact.ZONE).toInstant());
        return NativeRows.list(byPeriodStart(rows, query), SignUpRow::of);
    }

    /** Binds what {@link #PERIOD_START} and the communities need. */
    private static Query byPeriodStart(Query rows, FigureQuery query) {
        return rows.setParameter("byDay", query.groupBy() == Grouping.DAY)
                .setParameter("byMonth", query.groupBy() == Grouping.MONTH)
                .setParameter("communities", query.communities())
                .setParameter("from", query.from());
    }

    private static <Q extends Query> Q bind(Q q, FigureQuery query, Instant from, Instant to) {
        q.setParameter("communities", query.communities())
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("category", query.category())
                .setParameter("channel", query.channel());
        return q;
    }

    /**
     * What a row is grouped by: its community and day (or month), and for a case, flow or tally its category and
     * channel ({@code *} for all); a visit or duty shift has neither.
     */
    private record RowGroup(String communityId, LocalDate day, String category, String channel) {

        /** Rows that begin with the community, the day or month, the category and the channel. */
        static RowGroup of(Object[] row) {
            return new RowGroup((String) row[0], NativeRows.localDate(row[1]), (String) row[2], (String) row[3]);
        }

        /** Rows that begin with the community and the day or month. */
        static RowGroup withoutCase(Object[] row) {
            return new RowGroup((String) row[0], NativeRows.localDate(row[1]), null, null);
        }
    }

    /**
     * Cases added up ahead of time: a row of a case tally, its outcome counts read by {@code outcomes} from JSON,
     * then the counts in the order of {@link MonthTallies#COUNTS}.
     */
    private record CasesRow(RowGroup group, CaseContribution cases) {

        static CasesRow of(Object[] row, Function<String, Map<String, Long>> outcomes) {
            CaseContribution.Builder cases = CaseContribution.builder().outcomes(outcomes.apply((String) row[4]));
            for (int i = 0; i < MonthTallies.COUNTS.size(); i++) {
                MonthTallies.COUNTS.get(i).set().accept(cases, NativeRows.number(row[5 + i]));
            }
            CaseContribution counted = cases.build();
            return new CasesRow(
                    RowGroup.of(row),
                    cases.registered(counted.open() + counted.closed()).build());
        }
    }

    /** How many events of a flow type a group saw, from the case event log or a month tally. */
    private record FlowRow(RowGroup group, String type, long events) {

        static FlowRow of(Object[] row) {
            return new FlowRow(RowGroup.of(row), (String) row[4], NativeRows.number(row[5]));
        }
    }

    /** Reception visits of a community's day or month and the people they brought. */
    private record VisitRow(RowGroup group, long visits, long people) {

        static VisitRow of(Object[] row) {
            return new VisitRow(RowGroup.withoutCase(row), NativeRows.number(row[2]), NativeRows.number(row[3]));
        }
    }

    /** Volunteer activities of a community's day, month or period: the volunteers who served, activities, hours. */
    private record VolunteerServiceRow(RowGroup group, long volunteers, long activities, BigDecimal hours) {

        static VolunteerServiceRow of(Object[] row) {
            return new VolunteerServiceRow(
                    RowGroup.withoutCase(row), NativeRows.number(row[2]), NativeRows.number(row[3]), (BigDecimal)
                            row[4]);
        }
    }

    /** Volunteers of a community who first count in the group in time that starts on the row's day. */
    private record SignUpRow(RowGroup group, long volunteers) {

        static SignUpRow of(Object[] row) {
            return new SignUpRow(RowGroup.withoutCase(row), NativeRows.number(row[2]));
        }
    }

    /** Duty shifts of a community's day or month: planned, due by today, kept, of those late. */
    private record DutyShiftRow(RowGroup group, long planned, long due, long kept, long late) {

        static DutyShiftRow of(Object[] row) {
            return new DutyShiftRow(
                    RowGroup.withoutCase(row),
                    NativeRows.number(row[2]),
                    NativeRows.number(row[3]),
                    NativeRows.number(row[4]),
                    NativeRows.number(row[5]));
        }
    }
}
