package io.huike.kernel.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Working-day arithmetic for one community: the official calendar, minus the days the community closed its
 * reception room. Counting past the calendar's covered years is refused with {@link DateOutsideCalendarException}.
 */
public final class WorkingDays {

    /** What a day of a year without an official notice is called when counted provisionally. */
    public static final String PROVISIONAL = "provisional: no official notice for this year yet";

    private final OfficialCalendar official;
    private final Map<LocalDate, String> closures;
    private final boolean provisionalBeyondCoverage;

    WorkingDays(OfficialCalendar official, Map<LocalDate, String> closures, boolean provisionalBeyondCoverage) {
        this.official = official;
        this.closures = Map.copyOf(closures);
        this.provisionalBeyondCoverage = provisionalBeyondCoverage;
    }

    /**
     * The same arithmetic, but a year the official calendar does not cover yet counts Monday to Friday as working
     * days instead of being refused. For promises that must be given today, such as a deadline running into a
     * year whose holiday notice is not out; never for planning a roster.
     */
    public WorkingDays provisionalBeyondCoverage() {
        return new WorkingDays(official, closures, true);
    }

    /** Whether a date falls in a year this arithmetic only guesses (see {@link #provisionalBeyondCoverage()}). */
    public boolean isProvisional(LocalDate date) {
        return provisionalBeyondCoverage && !official.covers(date);
    }

    /** The day's kind: a closure shows only where it takes away an official working day. */
    public CalendarDay day(LocalDate date) {
        CalendarDay officialDay =
                isProvisional(date) ? OfficialCalendar.weekdayRule(date, PROVISIONAL) : official.day(date);
        String closedFor = closures.get(date);
        if (closedFor != null && officialDay.isWorkingDay()) {
            return new CalendarDay(date, DayKind.LOCAL_CLOSURE, closedFor);
        }
        return officialDay;
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).isWorkingDay();
    }

    /**
     * The {@code n}th working day after {@code date}, not counting {@code date} itself: a deadline of one working
     * day from a Friday is the next Monday when that is worked. {@code n = 0} gives {@code date} back.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days after {@code start} up to and including {@code end}, so that
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}; negative when {@code end} is before {@code start}.
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The working days from {@code first} to {@code last}, both included, in order. */
    public List<LocalDate> workingDaysIn(LocalDate first, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }
}
