package io.huike.reporting.cases;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What cases add to the figures, as counts: one case judged at a moment ({@link #of}), or many added up. The rules
 * that decide whether a case counts as overdue, due, on time or resolved live here and nowhere else; the figures'
 * definitions are written out on {@code FigureTally}. A closed case's counts no longer depend on the moment, which is
 * what lets {@link MonthTallies} add them up ahead of time.
 */
public record CaseContribution(
        long registered,
        long open,
        long closed,
        long overdue,
        Map<String, Long> outcomes,
        long firstContactsDue,
        long firstContactsOnTime,
        long resolutionsDue,
        long resolved,
        long feedbackGiven,
        long satisfied,
        long daysToFirstContact,
        long firstContactsTimed,
        long daysToFeedback,
        long feedbacksTimed) {

    public static final CaseContribution NONE =
            new CaseContribution(0, 0, 0, 0, Map.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public CaseContribution {
        outcomes = Map.copyOf(outcomes);
    }

    /** One case, with its deadlines judged at {@code now}. */
    public static CaseContribution of(CaseFact c, Instant now) {
        boolean firstContactDue = c.firstContactAt != null || c.firstContactLate(now);
        boolean hasCountedOutcome = c.outcome != null && !"DUPLICATE".equals(c.outcome);
        boolean resolutionDue = hasCountedOutcome || (c.outcome == null && c.feedbackLate(now));
        return new CaseContribution(
                1,
                c.isOpen() ? 1 : 0,
                c.isOpen() ? 0 : 1,
                c.overdue(now) ? 1 : 0,
                c.outcome == null ? Map.of() : Map.of(c.outcome, 1L),
                firstContactDue ? 1 : 0,
                firstContactDue && c.firstContactOnTime() ? 1 : 0,
                resolutionDue ? 1 : 0,
                resolutionDue && "RESOLVED".equals(c.outcome) ? 1 : 0,
                c.satisfaction != null ? 1 : 0,
                "SATISFIED".equals(c.satisfaction) || "BASICALLY_SATISFIED".equals(c.satisfaction) ? 1 : 0,
                c.workingDaysToFirstContact == null ? 0 : c.workingDaysToFirstContact,
                c.workingDaysToFirstContact == null ? 0 : 1,
                c.workingDaysToFeedback == null ? 0 : c.workingDaysToFeedback,
                c.workingDaysToFeedback == null ? 0 : 1);
    }

    /** A closed case: judged at any moment alike, since nothing about it is still due. */
    public static CaseContribution ofClosed(CaseFact c) {
        if (c.isOpen()) {
            throw new IllegalArgumentException("Case " + c.caseId + " is open; its counts depend on the moment");
        }
        return of(c, c.registeredAt);
    }

    public CaseContribution plus(CaseContribution other) {
        Map<String, Long> sum = new TreeMap<>(outcomes);
        other.outcomes.forEach((outcome, count) -> sum.merge(outcome, count, Long::sum));
        sum.values().removeIf(count -> count == 0);
        return new CaseContribution(
                registered + other.registered,
                open + other.open,
                closed + other.closed,
                overdue + other.overdue,
                sum,
                firstContactsDue + other.firstContactsDue,
                firstContactsOnTime + other.firstContactsOnTime,
                resolutionsDue + other.resolutionsDue,
                resolved + other.resolved,
                feedbackGiven + other.feedbackGiven,
                satisfied + other.satisfied,
                daysToFirstContact + other.daysToFirstContact,
                firstContactsTimed + other.firstContactsTimed,
                daysToFeedback + other.daysToFeedback,
                feedbacksTimed + other.feedbacksTimed);
    }

    public CaseContribution negated() {
        Map<String, Long> negated = new TreeMap<>();
        outcomes.forEach((outcome, count) -> negated.put(outcome, -count));
        return new CaseContribution(
                -registered,
                -open,
                -closed,
                -overdue,
                negated,
                -firstContactsDue,
                -firstContactsOnTime,
                -resolutionsDue,
                -resolved,
                -feedbackGiven,
                -satisfied,
                -daysToFirstContact,
                -firstContactsTimed,
                -daysToFeedback,
                -feedbacksTimed);
    }
}
