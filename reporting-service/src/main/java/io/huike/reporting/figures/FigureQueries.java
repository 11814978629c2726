package io.huike.reporting.figures;

import io.huike.reporting.cases.CaseFact;
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

/** Computes figures from the fact rows, the case event log and the visits, only ever for the communities given. */
@ApplicationScoped
public class FigureQueries {

    private final EntityManager entityManager;
    private final CommunityDirectory directory;

    FigureQueries(EntityManager entityManager, CommunityDirectory directory) {
        this.entityManager = entityManager;
        this.directory = directory;
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
        Instant from = query.from().atStartOfDay(CaseFact.ZONE).toInstant();
        Instant to = query.to().plusDays(1).atStartOfDay(CaseFact.ZONE).toInstant();

        for (CaseFact c : cases(query, from, to)) {
            LocalDate day = c.registeredAt.atZone(CaseFact.ZONE).toLocalDate();
            tally(tallies, query.groupBy().keyOf(communities.get(c.communityId), c.category, c.channel, day), now)
                    .addCase(c);
        }
        for (Object[] row : flows(query, from, to)) {
            String key = query.groupBy()
                    .keyOf(communities.get((String) row[0]), (String) row[1], (String) row[2], localDate(row[3]));
            tally(tallies, key, now).addFlow((String) row[4], ((Number) row[5]).longValue());
        }
        boolean beyondCases = query.category() == null
                && query.channel() == null
                && query.groupBy().splitsBeyondCases();
        if (beyondCases) {
            for (Object[] row : visits(query, from, to)) {
                String key = query.groupBy().keyOf(communities.get((String) row[0]), null, null, localDate(row[1]));
                tally(tallies, key, now).addVisits(((Number) row[2]).longValue(), ((Number) row[3]).longValue());
            }
            for (Object[] row : dutyShifts(query, now)) {
                String key = query.groupBy().keyOf(communities.get((String) row[0]), null, null, localDate(row[1]));
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

    @SuppressWarnings("unchecked")
    private List<Object[]> flows(FigureQuery query, Instant from, Instant to) {
        Query flows = entityManager.createNativeQuery("""
                select e.community_id, f.category, f.channel,
                       cast((e.occurred_at at time zone 'Asia/Shanghai') as date), e.type, count(*)
                from case_event e join case_fact f on f.case_id = e.case_id
                where e.community_id in (:communities) and e.occurred_at >= :from and e.occurred_at < :to
                  and e.type in ('case.escalated.v1', 'case.referred.v1', 'case.referral-answered.v1',
                                 'case.reopened.v1', 'case.overdue.v1')
                  and (cast(:category as text) is null or f.category = :category)
                  and (cast(:channel as text) is null or f.channel = :channel)
                group by 1, 2, 3, 4, 5""");
        return bind(flows, query, from, to).getResultList();
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
                select community_id, shift_date, count(*), count(*) filter (where shift_date <= :today),
                       count(*) filter (where checked_in_at is not null), count(*) filter (where late)
                from duty_shift
                where community_id in (:communities) and shift_date >= :from and shift_date <= :to
                group by 1, 2""")
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

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
