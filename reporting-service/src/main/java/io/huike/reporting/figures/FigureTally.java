package io.huike.reporting.figures;

import io.huike.reporting.cases.CaseFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds cases, flows and visits up into {@link Figures}; the definitions of every figure live here.
 *
 * <ul>
 * <li><b>open</b>: not closed; <b>overdue</b>: open with a deadline passed unmet — the first contact not made by
 * its deadline, or the resident not told the result by the feedback deadline (announced by {@code case.overdue}
 * or passed by now).</li>
 * <li><b>response rate</b> (响应率) = first contacts made by their deadline ÷ first contacts due, where due means
 * made, or not made with the deadline passed: an overdue case counts against the rate.</li>
 * <li><b>resolution rate</b> (解决率) = cases with outcome RESOLVED ÷ (cases with an outcome other than DUPLICATE
 * + cases without an outcome whose feedback deadline passed).</li>
 * <li><b>satisfaction rate</b> (满意率) = (SATISFIED + BASICALLY_SATISFIED) ÷ feedback given.</li>
 * <li><b>average working days</b> to first contact and to feedback: official working days after the day the
 * cycle started (registration or reopening) up to the day of contact or feedback; same day = 0.</li>
 * <li><b>duty kept rate</b> = shifts checked in ÷ shifts due (planned for a day up to today); late check-ins
 * count as kept and are also counted apart.</li>
 * </ul>
 * Contact, outcome and satisfaction are those of the current cycle: after a reopening the earlier ones no longer
 * stand. Rates are fractions rounded to four places, averages to two.
 */
public final class FigureTally {

    private final Instant now;
    private long registered;
    private long open;
    private long closed;
    private long overdue;
    private final Map<String, Long> outcomes = new TreeMap<>();
    private boolean beyondCasesApply = true;
    private long receptionVisits;
    private long personsReceived;
    private long escalated;
    private long referralsOut;
    private long referralsAnswered;
    private long reopened;
    private long deadlinesMissed;
    private long firstContactsDue;
    private long firstContactsOnTime;
    private long resolutionsDue;
    private long resolved;
    private long feedbackGiven;
    private long satisfied;
    private long daysToFirstContact;
    private long firstContactsTimed;
    private long daysToFeedback;
    private long feedbacksTimed;
    private long dutyShiftsPlanned;
    private long dutyShiftsDue;
    private long dutyShiftsKept;
    private long dutyShiftsLate;

    /** @param now the moment at which deadlines are judged */
    public FigureTally(Instant now) {
        this.now = now;
    }

    public void addCase(CaseFact c) {
        registered++;
        if (c.isOpen()) {
            open++;
        } else {
            closed++;
        }
        if (c.overdue(now)) {
            overdue++;
        }
        if (c.outcome != null) {
            outcomes.merge(c.outcome, 1L, Long::sum);
        }
        if (c.firstContactAt != null || c.firstContactLate(now)) {
            firstContactsDue++;
            if (c.firstContactOnTime()) {
                firstContactsOnTime++;
            }
        }
        boolean hasCountedOutcome = c.outcome != null && !"DUPLICATE".equals(c.outcome);
        if (hasCountedOutcome || (c.outcome == null && c.feedbackLate(now))) {
            resolutionsDue++;
            if ("RESOLVED".equals(c.outcome)) {
                resolved++;
            }
        }
        if (c.satisfaction != null) {
            feedbackGiven++;
            if ("SATISFIED".equals(c.satisfaction) || "BASICALLY_SATISFIED".equals(c.satisfaction)) {
                satisfied++;
            }
        }
        if (c.workingDaysToFirstContact != null) {
            daysToFirstContact += c.workingDaysToFirstContact;
            firstContactsTimed++;
        }
        if (c.workingDaysToFeedback != null) {
            daysToFeedback += c.workingDaysToFeedback;
            feedbacksTimed++;
        }
    }

    /** Counts {@code count} events of a type that happened in the period; other types do not count. */
    public void addFlow(String eventType, long count) {
        switch (eventType) {
            case "case.escalated.v1" -> escalated += count;
            case "case.referred.v1" -> referralsOut += count;
            case "case.referral-answered.v1" -> referralsAnswered += count;
            case "case.reopened.v1" -> reopened += count;
            case "case.overdue.v1" -> deadlinesMissed += count;
            default -> {}
        }
    }

    public void addVisits(long visits, long people) {
        receptionVisits += visits;
        personsReceived += people;
    }

    public void addDutyShifts(long planned, long due, long kept, long late) {
        dutyShiftsPlanned += planned;
        dutyShiftsDue += due;
        dutyShiftsKept += kept;
        dutyShiftsLate += late;
    }

    /** The figures are split by category or channel, which visits and duty shifts do not have. */
    public void casesOnly() {
        beyondCasesApply = false;
    }

    public Figures figures() {
        return new Figures(
                registered,
                open,
                closed,
                overdue,
                Map.copyOf(outcomes),
                beyondCasesApply ? receptionVisits : null,
                beyondCasesApply ? personsReceived : null,
                escalated,
                referralsOut,
                referralsAnswered,
                reopened,
                deadlinesMissed,
                firstContactsDue,
                firstContactsOnTime,
                ratio(firstContactsOnTime, firstContactsDue, 4),
                resolutionsDue,
                resolved,
                ratio(resolved, resolutionsDue, 4),
                feedbackGiven,
                satisfied,
                ratio(satisfied, feedbackGiven, 4),
                ratio(daysToFirstContact, firstContactsTimed, 2),
                ratio(daysToFeedback, feedbacksTimed, 2),
                beyondCasesApply ? dutyShiftsPlanned : null,
                beyondCasesApply ? dutyShiftsDue : null,
                beyondCasesApply ? dutyShiftsKept : null,
                beyondCasesApply ? dutyShiftsLate : null,
                beyondCasesApply ? ratio(dutyShiftsKept, dutyShiftsDue, 4) : null);
    }

    static Double ratio(long part, long whole, int places) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .divide(BigDecimal.valueOf(whole), places, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
