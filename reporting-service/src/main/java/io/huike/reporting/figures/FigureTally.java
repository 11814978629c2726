package io.huike.reporting.figures;

import io.huike.reporting.Rates;
import io.huike.reporting.cases.CaseContribution;
import io.huike.reporting.cases.CaseFact;
import java.time.Instant;

/**
 * Adds cases, flows and visits up into {@link Figures}. The definitions of every figure are written out here; the
 * rules that judge one case are in {@link CaseContribution}.
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
    private CaseContribution cases = CaseContribution.NONE;
    private boolean beyondCasesApply = true;
    private long receptionVisits;
    private long personsReceived;
    private long escalated;
    private long referralsOut;
    private long referralsAnswered;
    private long reopened;
    private long deadlinesMissed;
    private long dutyShiftsPlanned;
    private long dutyShiftsDue;
    private long dutyShiftsKept;
    private long dutyShiftsLate;

    /** @param now the moment at which deadlines are judged */
    public FigureTally(Instant now) {
        this.now = now;
    }

    public void addCase(CaseFact c) {
        cases = cases.plus(CaseContribution.of(c, now));
    }

    /** Cases already added up, such as the closed cases of a month. */
    public void addCases(CaseContribution counts) {
        cases = cases.plus(counts);
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
        CaseContribution c = cases;
        return new Figures(
                c.registered(),
                c.open(),
                c.closed(),
                c.overdue(),
                c.outcomes(),
                beyondCasesApply ? receptionVisits : null,
                beyondCasesApply ? personsReceived : null,
                escalated,
                referralsOut,
                referralsAnswered,
                reopened,
                deadlinesMissed,
                c.firstContactsDue(),
                c.firstContactsOnTime(),
                Rates.ratio(c.firstContactsOnTime(), c.firstContactsDue(), 4),
                c.resolutionsDue(),
                c.resolved(),
                Rates.ratio(c.resolved(), c.resolutionsDue(), 4),
                c.feedbackGiven(),
                c.satisfied(),
                Rates.ratio(c.satisfied(), c.feedbackGiven(), 4),
                Rates.ratio(c.daysToFirstContact(), c.firstContactsTimed(), 2),
                Rates.ratio(c.daysToFeedback(), c.feedbacksTimed(), 2),
                beyondCasesApply ? dutyShiftsPlanned : null,
                beyondCasesApply ? dutyShiftsDue : null,
                beyondCasesApply ? dutyShiftsKept : null,
                beyondCasesApply ? dutyShiftsLate : null,
                beyondCasesApply ? Rates.ratio(dutyShiftsKept, dutyShiftsDue, 4) : null);
    }
}
