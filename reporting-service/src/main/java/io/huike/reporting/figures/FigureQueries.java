package io.huike.reporting.figures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.reporting.NativeRows;
import io.huike.reporting.cases.CaseContribution;
import io.huike.reporting.cases.CaseFact;
import io.huike.reporting.cases.MonthTallies;
import io.huike.reporting.cases.OpenCaseRules;
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
        for (CasesRow row : openCaseCounts(query, from, to, now)) {
            tally(query, communities, tallies, row.group(), now).addCases(row.cases());
        }
        for (CasesRow row : closedCaseTallies(query, months)) {
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

    /**
     * The open cases of whole months added up in the database, by community, month of registration, outcome and the
     * category and channel the query needs (else {@code *}). The rules are those of {@link CaseContribution#of},
     * written in SQL so that a district's thousands of open cases are not read one by one; FiguresTest holds both
     * ways to the same known figures.
     */
    private List<CasesRow> openCaseCounts(FigureQuery query, Instant from, Instant to, Instant now) {
        boolean byCategory = query.category() != null || query.groupBy() == Grouping.CATEGORY;
        boolean byChannel = query.channel() != null || query.groupBy() == Grouping.CHANNEL;
        Query counts = entityManager
                .createNativeQuery(
                        """
                select community_id, month, category, channel, count(*), outcome,
                       count(*) filter (where to_contact and (first_contact_at is not null or contact_late)),
                       count(*) filter (where to_contact and first_contact_at is not null
                                        and (first_contact_due_at is null or first_contact_at <= first_contact_due_at)),
                       count(*) filter (where outcome_to_resolve or (outcome is null and feedback_late)),
                       count(*) filter (where outcome = 'RESOLVED'),
                       count(*) filter (where satisfaction is not null),
                       count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')),
                       coalesce(sum(working_days_to_first_contact), 0), count(working_days_to_first_contact),
                       coalesce(sum(working_days_to_feedback), 0), count(working_days_to_feedback),
                       count(*) filter (where contact_late or feedback_late),
                       count(*) filter (where hotline_order),
                       count(*) filter (where hotline_order and hotline_acknowledged_at is not null
                                        and not coalesce(hotline_acknowledged_at > hotline_acknowledge_due_at, false)),
                       count(*) filter (where hotline_order and hotline_acknowledged_at > hotline_acknowledge_due_at),
                       count(*) filter (where hotline_order and hotline_acknowledged_at is null),
                       count(*) filter (where hotline_order and reopen_count > 0)
                from (select community_id,
                             cast(date_trunc('month', registered_at at time zone 'Asia/Shanghai') as date) as month,
                             case when :byCategory then category else '*' end as category,
                             case when :byChannel then channel else '*' end as channel,
                             channel = :hotlineChannel as hotline_order,
                             outcome, satisfaction, first_contact_at, first_contact_due_at,
                             working_days_to_first_contact, working_days_to_feedback,
                             hotline_acknowledged_at, hotline_acknowledge_due_at, reopen_count,
                             """ + OpenCaseRules.TO_CONTACT + " as to_contact, " + OpenCaseRules.OUTCOME_TO_RESOLVE
                                + " as outcome_to_resolve, " + OpenCaseRules.CONTACT_LATE + " as contact_late, "
                                + OpenCaseRules.FEEDBACK_LATE + """
                              as feedback_late
                      from case_fact
                      where community_id in (:communities) and """ + OpenCaseRules.OPEN + """
                        and registered_at >= :from and registered_at < :to
                        and (cast(:category as text) is null or category = :category)
                        and (cast(:channel as text) is null or channel = :channel)) open_case
                group by community_id, month, category, channel, outcome""")
                .setParameter("byCategory", byCategory)
                .setParameter("byChannel", byChannel)
                .setParameter("hotlineChannel", CaseFact.HOTLINE_12345)
                .setParameter("now", now);
        return NativeRows.list(bind(counts, query, from, to), CasesRow::open);
    }

    /** A tally row's category or channel: the one asked for, each one when split by it, or the row for all. */
    private static String tallyDimension(String asked, boolean splitByIt) {
        return asked != null ? asked : splitByIt ? null : MonthTallies.ALL;
    }

    private List<CasesRow> closedCaseTallies(FigureQuery query, Period.Days months) {
        Query rows = tallyRows("""
                select community_id, month, category, channel, closed, cast(outcomes as text), first_contacts_due,
                       first_contacts_on_time, resolutions_due, resolved, feedback_given, satisfied,
                       days_to_first_contact, first_contacts_timed, days_to_feedback, feedbacks_timed,
                       hotline_orders, hotline_signed_on_time, hotline_signed_late, hotline_redone
                from case_month_tally""", query, months);
        return NativeRows.list(rows, row -> CasesRow.closed(row, this::outcomes));
    }

    private List<FlowRow> flowTallies(FigureQuery query, Period.Days months) {
        Query rows = tallyRows(
                "select community_id, month, category, channel, type, events from case_flow_month_tally",
                query,
                months);
        return NativeRows.list(rows, FlowRow::of);
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

    private List<VisitRow> visitTallies(FigureQuery query, Period.Days months) {
        Query rows = entityManager
                .createNativeQuery("""
                select community_id, month, visits, people from reception_visit_month_tally
                where community_id in (:communities) and month >= :from and month <= :to""")
                .setParameter("communities", query.communities())
                .setParameter("from", months.from())
                .setParameter("to", months.to());
        return NativeRows.list(rows, VisitRow::of);
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

    private List<DutyShiftRow> dutyShifts(FigureQuery query, Instant now) {
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
                .setParameter("today", now.atZone(CaseFact.ZONE).toLocalDate())
                .setParameter("from", query.from())
                .setParameter("to", query.to());
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
     * Cases added up in the database: the open cases of whole months, or a month tally of closed cases. Both rows
     * begin with the group, the number of cases and their outcome (or outcome counts), followed by the counts that
     * judge the cases in the order of {@code case_month_tally}.
     */
    private record CasesRow(RowGroup group, CaseContribution cases) {

        /**
         * A row of {@code openCaseCounts}: every case of it open, with one outcome (or none); overdue ones, then the
         * 12345 work orders' counts last.
         */
        static CasesRow open(Object[] row) {
            long cases = NativeRows.number(row[4]);
            String outcome = (String) row[5];
            return new CasesRow(
                    RowGroup.of(row),
                    judged(row)
                            .registered(cases)
                            .open(cases)
                            .outcomes(outcome == null ? Map.of() : Map.of(outcome, cases))
                            .overdue(NativeRows.number(row[16]))
                            .hotlineOrders(NativeRows.number(row[17]))
                            .hotlineSignedOnTime(NativeRows.number(row[18]))
                            .hotlineSignedLate(NativeRows.number(row[19]))
                            .hotlineAwaitingSignature(NativeRows.number(row[20]))
                            .hotlineRedone(NativeRows.number(row[21]))
                            .build());
        }

        /**
         * A row of {@code closedCaseTallies}, its outcome counts read by {@code outcomes} from JSON, the work orders'
         * counts last; a closed order does not await signing.
         */
        static CasesRow closed(Object[] row, Function<String, Map<String, Long>> outcomes) {
            long closed = NativeRows.number(row[4]);
            return new CasesRow(
                    RowGroup.of(row),
                    judged(row)
                            .registered(closed)
                            .closed(closed)
                            .outcomes(outcomes.apply((String) row[5]))
                            .hotlineOrders(NativeRows.number(row[16]))
                            .hotlineSignedOnTime(NativeRows.number(row[17]))
                            .hotlineSignedLate(NativeRows.number(row[18]))
                            .hotlineRedone(NativeRows.number(row[19]))
                            .build());
        }

        /** The counts both rows hold in columns 6 to 15. */
        private static CaseContribution.Builder judged(Object[] row) {
            return CaseContribution.builder()
                    .firstContactsDue(NativeRows.number(row[6]))
                    .firstContactsOnTime(NativeRows.number(row[7]))
                    .resolutionsDue(NativeRows.number(row[8]))
                    .resolved(NativeRows.number(row[9]))
                    .feedbackGiven(NativeRows.number(row[10]))
                    .satisfied(NativeRows.number(row[11]))
                    .daysToFirstContact(NativeRows.number(row[12]))
                    .firstContactsTimed(NativeRows.number(row[13]))
                    .daysToFeedback(NativeRows.number(row[14]))
                    .feedbacksTimed(NativeRows.number(row[15]));
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
