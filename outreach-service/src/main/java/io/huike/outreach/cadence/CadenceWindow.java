package io.huike.outreach.cadence;

import java.time.LocalDate;

/**
 * A stretch of days in which a cadence's activity must happen once, e.g. a month or the two weeks before 春节.
 *
 * @param occasion the holiday the window leads up to, or null for a calendar period
 */
public record CadenceWindow(LocalDate from, LocalDate to, String occasion) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
