package io.huike.kernel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The official working-day calendar: weekends off, public holidays off, make-up working days (调休) on, for the
 * years whose State Council notice {@value #RESOURCE} holds. Immutable plain Java, so domain rules and their unit
 * tests use it without a container; {@link #withClosures} adds a community's own closures on top.
 */
public final class OfficialCalendar {

    public static final String RESOURCE = "calendar/cn-official.csv";
    /** The time zone the official days are counted in: China Standard Time, for every community. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final String HEADER = "date,kind,name";

    private static OfficialCalendar official;

    private final Map<LocalDate, CalendarDay> specialDays;
    private final SortedSet<Year> coveredYears;

    private OfficialCalendar(Map<LocalDate, CalendarDay> specialDays) {
        this.specialDays = Collections.unmodifiableMap(new TreeMap<>(specialDays));
        TreeSet<Year> years = new TreeSet<>();
        specialDays.keySet().forEach(date -> years.add(Year.of(date.getYear())));
        this.coveredYears = Collections.unmodifiableSortedSet(years);
    }

    /** The calendar shipped with the platform, read once. */
    public static synchronized OfficialCalendar official() {
        if (official == null) {
            try (InputStream in = OfficialCalendar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath");
                }
                official = parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return official;
    }

    /**
     * Reads a calendar file: {@code #} comment lines, the header {@value #HEADER}, then one row per holiday or
     * make-up day. A file that contradicts itself (a date twice, a make-up day that is no weekend day) is refused.
     */
    static OfficialCalendar parse(Reader source, String name) throws IOException {
        Map<LocalDate, CalendarDay> days = new TreeMap<>();
        BufferedReader lines = new BufferedReader(source);
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.strip().equals(HEADER)) {
                    throw invalid(name, number, "expected the header '" + HEADER + "'");
                }
                headerSeen = true;
                continue;
            }
            CalendarDay day = row(line, name, number);
            if (days.putIfAbsent(day.date(), day) != null) {
                throw invalid(name, number, day.date() + " is listed twice");
            }
        }
        if (days.isEmpty()) {
            throw invalid(name, number, "no days listed");
        }
        return new OfficialCalendar(days);
    }

    private static CalendarDay row(String line, String name, int number) {
        String[] columns = line.split(",", 3);
        if (columns.length != 3 || columns[2].isBlank()) {
            throw invalid(name, number, "expected date,kind,name");
        }
        LocalDate date;
        DayKind kind;
        try {
            date = LocalDate.parse(columns[0].strip());
            kind = DayKind.valueOf(columns[1].strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw invalid(name, number, "expected an ISO date and HOLIDAY or MAKEUP_WORKDAY");
        }
        if (kind != DayKind.HOLIDAY && kind != DayKind.MAKEUP_WORKDAY) {
            throw invalid(name, number, "the kind must be HOLIDAY or MAKEUP_WORKDAY");
        }
        if (kind == DayKind.MAKEUP_WORKDAY && !isWeekend(date)) {
            throw invalid(name, number, date + " is a weekday and cannot be a make-up working day");
        }
        return new CalendarDay(date, kind, columns[2].strip());
    }

    private static IllegalStateException invalid(String name, int line, String problem) {
        return new IllegalStateException(name + " line " + line + ": " + problem);
    }

    /** The years whose whole official schedule this calendar holds. */
    public SortedSet<Year> coveredYears() {
        return coveredYears;
    }

    public boolean covers(LocalDate date) {
        return coveredYears.contains(Year.of(date.getYear()));
    }

    /** The official kind of a day; refused for a year the calendar does not cover. */
    public CalendarDay day(LocalDate date) {
        if (!covers(date)) {
            throw new DateOutsideCalendarException(date, coveredYears);
        }
        CalendarDay special = specialDays.get(date);
        if (special != null) {
            return special;
        }
        return weekdayRule(date, null);
    }

    /** An ordinary day: worked Monday to Friday, off at the weekend. */
    static CalendarDay weekdayRule(LocalDate date, String name) {
        return new CalendarDay(date, isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKDAY, name);
    }

    /** Working-day arithmetic on the official calendar alone. */
    public WorkingDays workingDays() {
        return new WorkingDays(this, Map.of(), false);
    }

    /**
     * Working-day arithmetic on the official calendar plus a community's local closures.
     *
     * @param closures each closed date with its reason
     */
    public WorkingDays withClosures(Map<LocalDate, String> closures) {
        return new WorkingDays(this, closures, false);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
