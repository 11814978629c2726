package io.huike.reporting.figures;

import io.huike.reporting.Rates;
import io.huike.reporting.cases.CaseContribution;
import io.huike.reporting.cases.CaseFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * made, or not made with the deadline passed: an overdue case counts against the rate; a work order returned to the
 * hotline is not due.</li>
 * <li><b>resolution rate</b> (解决率) = cases with outcome RESOLVED ÷ (cases with an outcome other than DUPLICATE
 * and RETURNED_TO_HOTLINE + cases without an outcome whose feedback deadline passed).</li>
 * <li><b>satisfaction rate</b> (满意率) = (SATISFIED + BASICALLY_SATISFIED) ÷ feedback given.</li>
 * <li><b>average working days</b> to first contact and to feedback: official working days after the day the
 * cycle started (registration or reopening) up to the day of contact or feedback; same day = 0.</li>
 * <li><b>duty kept rate</b> = shifts checked in ÷ shifts due (planned for a day up to today); late check-ins
 * count as kept and are also counted apart.</li>
 * <li><b>volunteers registered</b>: volunteers (志愿者) signed up by the period's last day, whenever that was;
 * <b>volunteers active</b>: those who served in a volunteer activity held in the period, each counted once;
 * <b>volunteer activities</b>: the activities held in the period; <b>volunteer hours</b>: everyone's hours in
 * them, in half hours.</li>
 * <li><b>12345 work orders</b> (接诉即办), among the cases registered in the period: <b>dispatched</b>, cases of the
 * channel HOTLINE_12345; <b>signed for</b> (签收) in the current cycle, <b>on time</b> or <b>late</b> by the
 * {@code dueAt} of its {@code case.hotline-order-acknowledged}; <b>awaiting signature</b>, open and not signed for
 * — the hotline's limit is not in {@code case.registered}, so whether it has passed is not known here;
 * <b>returned</b> (退单), outcome RETURNED_TO_HOTLINE; <b>redone</b> (重办), reopened at least once; the hotline's
 * <b>response rate</b> (响应率) = signed for on time ÷ signed for. A returned order was never the community's: it is
 * neither due for first contact nor counted towards the resolution rate.</li>
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
    private long volunteersRegistered;
    private long volunteersActive;
    private long volunteerActivities;
    private BigDecimal volunteerHours = BigDecimal.ZERO;

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

    /** Volunteers signed up by the last day of the period (or of the group's day or month). */
    public void addVolunteersRegistered(long volunteers) {
        volunteersRegistered += volunteers;
    }

    /**
     * Volunteer activities held in the period, the volunteers who served in them (each once) and their hours; the
     * volunteers of different communities are different people, so communities add up.
     */
    public void addVolunteerService(long volunteers, long activities, BigDecimal hours) {
        volunteersActive += volunteers;
        volunteerActivities += activities;
        volunteerHours = volunteerHours.add(hours);
    }

    /** The figures are split by category or channel, which visits, duty shifts and volunteers do not have. */
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
                beyondCasesApply ? Rates.ratio(dutyShiftsKept, dutyShiftsDue, 4) : null,
                beyondCasesApply ? volunteersRegistered : null,
                beyondCasesApply ? volunteersActive : null,
                beyondCasesApply ? volunteerActivities : null,
                beyondCasesApply ? volunteerHours.setScale(1, RoundingMode.HALF_UP) : null,
                hotline(c));
    }

    private static Figures.Hotline hotline(CaseContribution c) {
        long signedFor = c.hotlineSignedOnTime() + c.hotlineSignedLate();
        return new Figures.Hotline(
                c.hotlineOrders(),
                signedFor,
                c.hotlineSignedOnTime(),
                c.hotlineSignedLate(),
                c.hotlineAwaitingSignature(),
                c.outcomes().getOrDefault(CaseFact.RETURNED_TO_HOTLINE, 0L),
                c.hotlineRedone(),
                Rates.ratio(c.hotlineSignedOnTime(), signedFor, 4));
    }
}
