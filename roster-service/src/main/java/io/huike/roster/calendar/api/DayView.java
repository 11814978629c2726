package io.huike.roster.calendar.api;

import io.huike.kernel.calendar.CalendarDay;
import io.huike.kernel.calendar.DayKind;
import java.time.LocalDate;

/** Whether a day is a working day for a community, and why. */
public record DayView(LocalDate date, boolean workingDay, DayKind kind, String name) {

    static DayView of(CalendarDay day) {
        return new DayView(day.date(), day.isWorkingDay(), day.kind(), day.name());
    }
}
