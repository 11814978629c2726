package io.huike.kernel.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.SortedSet;

/**
 * A date in a year whose official schedule the calendar does not hold. Answering from weekends alone would
 * silently miscount deadlines and rosters around the holidays, so the calendar refuses instead.
 */
public class DateOutsideCalendarException extends RuntimeException {

    private final transient LocalDate date;

    public DateOutsideCalendarException(LocalDate date, SortedSet<Year> covered) {
        super("The official calendar covers " + covered + " only; the State Council schedule for " + date.getYear()
                + " is not included, so " + date + " cannot be answered");
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
