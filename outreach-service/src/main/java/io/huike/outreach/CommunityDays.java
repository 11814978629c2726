package io.huike.outreach;

import io.huike.kernel.calendar.OfficialCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The communities' calendar days. Dates of visits and activities, "this year" and "today" are days in China, so
 * a visit at 7 in the morning is not recorded on the day before, as a UTC date would have it.
 */
public final class CommunityDays {

    private static final ZoneId ZONE = OfficialCalendar.ZONE;

    private CommunityDays() {}

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The given day, or today when none is given. */
    public static LocalDate orToday(LocalDate day) {
        return day != null ? day : today();
    }

    /** The given year, or this year when none is given. */
    public static int orThisYear(Integer year) {
        return year != null ? year : today().getYear();
    }
}
