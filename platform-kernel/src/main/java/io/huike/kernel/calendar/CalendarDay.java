package io.huike.kernel.calendar;

import java.time.LocalDate;

/**
 * One day as the calendar sees it.
 *
 * @param name the holiday a holiday or make-up day belongs to (e.g. 国庆节), the reason of a local closure, or
 *     {@code null} for an ordinary workday or weekend
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public boolean isWorkingDay() {
        return kind.isWorking();
    }
}
