package io.huike.reporting.digest;

import io.huike.kernel.cases.CaseStatus;
import io.huike.reporting.NativeRows;
import io.huike.reporting.cases.CaseFact;
import io.huike.reporting.figures.FigureQueries;
import io.huike.reporting.figures.FigureQuery;
import io.huike.reporting.figures.Grouping;
import io.huike.reporting.roster.RosterCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Puts together the month-end digest of one community from the fact rows and the case event log. */
@ApplicationScoped
public class DigestQueries {

    private static final int HOTTEST = 5;

    private final EntityManager entityManager;
    private final FigureQueries figures;
    private final RosterCopy roster;

    DigestQueries(EntityManager entityManager, FigureQueries figures, RosterCopy roster) {
        this.entityManager = entityManager;
        this.figures = figures;
        this.roster = roster;
    }

    /** The digest of a community the caller's scope has already been checked for. */
    public MonthEndDigest digest(String community, YearMonth month, Instant now) {
        Instant monthEnd =
                month.plusMonths(1).atDay(1).atStartOfDay(CaseFact.ZONE).toInstant();
        Instant asOf = now.isBefore(monthEnd) ? now : monthEnd;
        Instant nextMonthEnd =
                month.plusMonths(2).atDay(1).atStartOfDay(CaseFact.ZONE).toInstant();
        List<CaseFact> open = entityManager
                .createQuery("""
                select c from CaseFact c where c.communityId = :community and c.status in :open
                and c.registeredAt < :monthEnd order by c.registeredAt""", CaseFact.class)
                .setParameter("community", community)
                .setParameter(
                        "open",
                        CaseStatus.where(CaseStatus::isOpen).stream()
                                .map(Enum::name)
                                .toList())
                .setParameter("monthEnd", monthEnd)
                .getResultList();
        List<CaseFact> dueNextMonth = open.stream()
                .filter(c -> falls(nextDeadline(c), monthEnd, nextMonthEnd))
                .sorted(Comparator.comparing(DigestQueries::nextDeadline))
                .toList();
        return new MonthEndDigest(
                community,
                roster.describe(Set.of(community)).get(community).name(),
                month.toString(),
                asOf,
                figures.compute(
                                new FigureQuery(
                                        Set.of(community),
                                        month.atDay(1),
                                        month.atEndOfMonth(),
                                        null,
                                        null,
                                        Grouping.NONE),
                                asOf)
                        .get(0)
                        .figures(),
                lines(open),
                lines(open.stream().filter(c -> c.overdue(asOf)).toList()),
                escalated(community, month),
                referralsWaiting(community, monthEnd),
                hottest(community, month, "category"),
                hottest(community, month, "grid_id"),
                lines(dueNextMonth));
    }

    /** The deadline a case still runs against: first contact until made, then feedback until given. */
    private static Instant nextDeadline(CaseFact c) {
        if (c.firstContactAt == null) {
            return c.firstContactDueAt;
        }
        return CaseStatus.holds(CaseStatus::awaitsFeedback, c.status) ? c.feedbackDueAt : null;
    }

    private static boolean falls(Instant due, Instant from, Instant to) {
        return due != null && !due.isBefore(from) && due.isBefore(to);
    }

    private static List<MonthEndDigest.CaseLine> lines(List<CaseFact> cases) {
        return cases.stream()
                .map(c -> new MonthEndDigest.CaseLine(
                        c.trackingNumber,
                        c.title,
                        c.category,
                        c.status,
                        c.assigneeId,
                        c.registeredAt,
                        c.firstContactDueAt,
                        c.feedbackDueAt))
                .toList();
    }

    private List<MonthEndDigest.Escalation> escalated(String community, YearMonth month) {
        Query rows =
                entityManager.createNativeQuery("""
                select f.tracking_number, f.title, e.data->>'reason', e.occurred_at,
                       (select a.data->>'decision' from case_event a
                        where a.case_id = e.case_id and a.type = 'case.escalation-answered.v1'
                          and a.sequence > e.sequence
                        order by a.sequence limit 1)
                from case_event e join case_fact f on f.case_id = e.case_id
                where e.community_id = ?1 and e.type = 'case.escalated.v1' and e.data->>'meetingMonth' = ?2
                order by e.occurred_at""").setParameter(1, community).setParameter(2, month.toString());
        return NativeRows.list(rows, DigestQueries::escalation);
    }

    private static MonthEndDigest.Escalation escalation(Object[] row) {
        return new MonthEndDigest.Escalation(
                (String) row[0], (String) row[1], (String) row[2], NativeRows.instant(row[3]), (String) row[4]);
    }

    private List<MonthEndDigest.WaitingReferral> referralsWaiting(String community, Instant monthEnd) {
        Query rows =
                entityManager.createNativeQuery("""
                select f.tracking_number, f.title, e.data->>'body', e.occurred_at,
                       cast(nullif(e.data->>'expectedReplyBy', '') as date)
                from case_event e join case_fact f on f.case_id = e.case_id
                where e.community_id = ?1 and e.type = 'case.referred.v1' and e.occurred_at < ?2
                  and not exists (select 1 from case_event a where a.case_id = e.case_id
                                  and a.type = 'case.referral-answered.v1'
                                  and a.data->>'referralId' = e.data->>'referralId')
                order by e.occurred_at""").setParameter(1, community).setParameter(2, monthEnd);
        return NativeRows.list(rows, DigestQueries::waitingReferral);
    }

    private static MonthEndDigest.WaitingReferral waitingReferral(Object[] row) {
        return new MonthEndDigest.WaitingReferral(
                (String) row[0],
                (String) row[1],
                (String) row[2],
                NativeRows.instant(row[3]),
                NativeRows.localDate(row[4]));
    }

    private List<MonthEndDigest.Count> hottest(String community, YearMonth month, String column) {
        // The column is one of two fixed names chosen above, never caller input.
        Query rows = entityManager
                .createNativeQuery("select " + column + ", count(*) from case_fact "
                        + "where community_id = ?1 and registered_at >= ?2 and registered_at < ?3 and " + column
                        + " is not null group by 1 order by 2 desc, 1 limit " + HOTTEST)
                .setParameter(1, community)
                .setParameter(2, month.atDay(1).atStartOfDay(CaseFact.ZONE).toInstant())
                .setParameter(
                        3,
                        month.plusMonths(1).atDay(1).atStartOfDay(CaseFact.ZONE).toInstant());
        return NativeRows.list(rows, DigestQueries::count);
    }

    private static MonthEndDigest.Count count(Object[] row) {
        return new MonthEndDigest.Count((String) row[0], NativeRows.number(row[1]));
    }
}
