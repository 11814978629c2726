package io.huike.outreach.cadence;

import io.huike.kernel.calendar.CalendarDay;
import io.huike.kernel.calendar.DayKind;
import io.huike.kernel.calendar.OfficialCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The public holidays of a year from the official calendar, each by its first day off. */
public final class OfficialHolidays {

    private OfficialHolidays() {}

    /** Refused, as the calendar refuses, for a year without a published notice. */
    public static List<Holiday> of(int year) {
        OfficialCalendar calendar = OfficialCalendar.official();
        List<Holiday> holidays = new ArrayList<>();
        CalendarDay previous = null;
        for (LocalDate day = Year.of(year).atDay(1); day.getYear() == year; day = day.plusDays(1)) {
            CalendarDay current = calendar.day(day);
            boolean holiday = current.kind() == DayKind.HOLIDAY;
            boolean continues = previous != null
                    && previous.kind() == DayKind.HOLIDAY
                    && Objects.equals(previous.name(), current.name());
            if (holiday && !continues) {
                holidays.add(new Holiday(current.name(), day));
            }
            previous = current;
        }
        return holidays;
    }
}
