package io.huike.cases.deadlines;

import io.huike.cases.Case;
import io.huike.kernel.calendar.OfficialCalendar;
import io.huike.kernel.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Turns deadline rules into due instants. A rule in working days ends with the Nth working day after the day the
 * clock starts (that day does not count), at midnight in the community's time zone. A deadline that runs into a
 * year whose official holiday notice is not out yet counts that year's weekdays: the resident gets a promise today,
 * and at worst it falls due a holiday early.
 */
public final class DeadlineCalculator {

    /** Communities of the platform keep China Standard Time. */
    public static final ZoneId COMMUNITY_ZONE = OfficialCalendar.ZONE;

    private DeadlineCalculator() {}

    public static Instant due(Instant start, DeadlineRule rule, WorkingDays days) {
        if (rule.unit() == DeadlineRule.Unit.HOURS) {
            return start.plus(rule.amount(), ChronoUnit.HOURS);
        }
        LocalDate startDay = start.atZone(COMMUNITY_ZONE).toLocalDate();
        LocalDate lastDay = days.provisionalBeyondCoverage().plusWorkingDays(startDay, rule.amount());
        return lastDay.plusDays(1).atStartOfDay(COMMUNITY_ZONE).toInstant();
    }

    public static Case.Deadlines deadlines(Instant start, DeadlinePolicy policy, WorkingDays days) {
        return new Case.Deadlines(due(start, policy.firstContact(), days), due(start, policy.feedback(), days));
    }
}
