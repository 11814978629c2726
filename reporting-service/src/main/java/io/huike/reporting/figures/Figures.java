package io.huike.reporting.figures;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of one group of cases for one period. Stock figures (registered to satisfaction) are about the cases
 * registered in the period, as they stand now; flow figures (visits to deadlines missed) count what happened in
 * the period, whenever the case was registered; duty figures count the shifts of days in the period; volunteer
 * figures count the volunteers registered by the period's last day and the activities held in the period.
 * Definitions: {@link FigureTally}. A rate or average is null where nothing counts towards it; visit, duty and
 * volunteer figures are null where cases are split by category or channel, which visits, shifts and volunteers do
 * not have. The 12345 hotline's work orders are counted apart in {@link Hotline}.
 */
public record Figures(
        long registered,
        long open,
        long closed,
        long overdue,
        Map<String, Long> outcomes,
        Long receptionVisits,
        Long personsReceived,
        long escalated,
        long referralsOut,
        long referralsAnswered,
        long reopened,
        long deadlinesMissed,
        long firstContactsDue,
        long firstContactsOnTime,
        Double responseRate,
        long resolutionsDue,
        long resolved,
        Double resolutionRate,
        long feedbackGiven,
        long satisfied,
        Double satisfactionRate,
        Double averageWorkingDaysToFirstContact,
        Double averageWorkingDaysToFeedback,
        Long dutyShiftsPlanned,
        Long dutyShiftsDue,
        Long dutyShiftsKept,
        Long dutyShiftsLate,
        Double dutyKeptRate,
        Long volunteersRegistered,
        Long volunteersActive,
        Long volunteerActivities,
        BigDecimal volunteerHours,
        Hotline hotline) {

    /**
     * The 12345 hotline's work orders (接诉即办) among the cases registered in the period, by the hotline's own
     * definitions, as they stand now (the current cycle after a redo). Definitions: {@link FigureTally}.
     */
    public record Hotline(
            long dispatched,
            long signedFor,
            long signedForOnTime,
            long signedForLate,
            long awaitingSignature,
            long returned,
            long redone,
            Double responseRate) {}
}
