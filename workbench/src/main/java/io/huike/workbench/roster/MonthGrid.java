package io.huike.workbench.roster;

import io.huike.workbench.layout.Language;
import io.huike.workbench.roster.client.RoomView;
import io.huike.workbench.roster.client.RosterMonth;
import io.huike.workbench.roster.client.ShiftView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A room's month as a grid: a row for every day of the month, a column for every shift of the room's day (in the
 * order of the day), and in each cell the member on duty, or the gap the roster could not cover. A day without
 * shifts or gaps is no reception day (a weekend, a public holiday or a closure, whose reason it shows).
 */
public record MonthGrid(YearMonth month, List<Column> columns, List<Day> days) {

    private static final DateTimeFormatter ZH_DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    /** A shift of the day: its code, its name (the code when it has none) and its times. */
    public record Column(String code, String name, LocalTime start, LocalTime end) {}

    /**
     * One day of the month.
     *
     * @param label the day as the page shows it ({@code 5月6日 周三})
     * @param receptionDay whether the roster has shifts or gaps that day
     * @param closure the reason the community closed that day; empty if it did not
     * @param dayGap the reason a whole day lacks a needed skill ({@code NO_DAILY_SKILL_AVAILABLE}); empty if none
     */
    public record Day(
            LocalDate date,
            String label,
            boolean weekend,
            boolean today,
            boolean receptionDay,
            String closure,
            String dayGap,
            List<Cell> cells) {

        /** The row's classes: weekend, today, no reception ({@code off}); empty for none. */
        public String rowClass() {
            List<String> classes = new ArrayList<>();
            if (weekend) {
                classes.add("weekend");
            }
            if (today) {
                classes.add("today");
            }
            if (!receptionDay) {
                classes.add("off");
            }
            return String.join(" ", classes);
        }

        /** Whether the signed-in member is on duty that day. */
        public boolean mine() {
            return cells.stream().anyMatch(Cell::mine);
        }
    }

    /**
     * A shift of a day: the member on duty, or the reason nobody is.
     *
     * @param shiftId empty where there is no shift
     * @param gapReason empty unless the roster could not cover the shift
     */
    public record Cell(String shiftId, String memberId, String memberName, boolean mine, String gapReason) {

        static final Cell NONE = new Cell("", "", "", false, "");

        public boolean gap() {
            return !gapReason.isEmpty();
        }

        public boolean empty() {
            return shiftId.isEmpty() && gapReason.isEmpty();
        }
    }

    /**
     * The grid of a generated month.
     *
     * @param templates the room's shifts of the day; shift codes the roster uses beyond them get columns too
     * @param closures the community's closures by day
     * @param names members' names by id, for shifts roster-service sent without one
     * @param me the signed-in user's member id, whose shifts are marked
     */
    public static MonthGrid of(
            YearMonth month,
            List<RoomView.Shift> templates,
            RosterMonth roster,
            Map<LocalDate, String> closures,
            Map<String, String> names,
            Optional<String> me,
            LocalDate today,
            Language language) {
        List<Column> columns = columns(templates, roster);
        Map<String, ShiftView> shifts = new LinkedHashMap<>();
        for (ShiftView s : roster.shifts()) {
            if (s.date() != null && s.shiftCode() != null) {
                shifts.putIfAbsent(key(s.date(), s.shiftCode()), s);
            }
        }
        Map<String, String> gaps = new LinkedHashMap<>();
        Map<LocalDate, String> dayGaps = new LinkedHashMap<>();
        for (RosterMonth.Gap g : roster.gaps()) {
            if (g.day() == null) {
                continue;
            }
            String reason = g.reason() == null ? "" : g.reason();
            if (g.shiftCode() == null) {
                dayGaps.putIfAbsent(g.day(), reason);
            } else {
                gaps.putIfAbsent(key(g.day(), g.shiftCode()), reason.isEmpty() ? "NO_MEMBER_AVAILABLE" : reason);
            }
        }
        List<Day> days = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            List<Cell> cells = new ArrayList<>();
            for (Column column : columns) {
                ShiftView s = shifts.get(key(date, column.code()));
                String gap = gaps.get(key(date, column.code()));
                if (s != null) {
                    String member = s.memberId() == null ? "" : s.memberId();
                    String name = s.memberName() != null ? s.memberName() : names.getOrDefault(member, member);
                    cells.add(new Cell(
                            s.id(), member, name, me.filter(member::equals).isPresent(), ""));
                } else if (gap != null) {
                    cells.add(new Cell("", "", "", false, gap));
                } else {
                    cells.add(Cell.NONE);
                }
            }
            boolean reception = cells.stream().anyMatch(c -> !c.empty()) || dayGaps.containsKey(date);
            days.add(new Day(
                    date,
                    label(date, language),
                    date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY,
                    date.equals(today),
                    reception,
                    closures.getOrDefault(date, ""),
                    dayGaps.getOrDefault(date, ""),
                    List.copyOf(cells)));
        }
        return new MonthGrid(month, columns, List.copyOf(days));
    }

    /** The day as a row of the grid names it: {@code 5月6日 周三}, {@code Wed 6 May}. */
    static String label(LocalDate date, Language language) {
        Locale locale = language == Language.EN ? Locale.UK : Locale.SIMPLIFIED_CHINESE;
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
        return language == Language.EN ? weekday + " " + EN_DAY.format(date) : ZH_DAY.format(date) + " " + weekday;
    }

    /** How many columns a row has: the day and each shift. */
    public int width() {
        return columns.size() + 1;
    }

    /** How many shifts of the month nobody covers. */
    public long gapCount() {
        return days.stream().flatMap(d -> d.cells().stream()).filter(Cell::gap).count();
    }

    private static List<Column> columns(List<RoomView.Shift> templates, RosterMonth roster) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (RoomView.Shift t : templates) {
            if (t.code() != null) {
                columns.putIfAbsent(
                        t.code(),
                        new Column(
                                t.code(),
                                t.name() == null || t.name().isBlank() ? t.code() : t.name(),
                                t.startsAt(),
                                t.endsAt()));
            }
        }
        List<Column> extra = new ArrayList<>();
        for (ShiftView s : roster.shifts()) {
            if (s.shiftCode() != null
                    && !columns.containsKey(s.shiftCode())
                    && extra.stream().noneMatch(c -> c.code().equals(s.shiftCode()))) {
                extra.add(new Column(s.shiftCode(), s.shiftCode(), s.startTime(), s.endTime()));
            }
        }
        for (RosterMonth.Gap g : roster.gaps()) {
            if (g.shiftCode() != null
                    && !columns.containsKey(g.shiftCode())
                    && extra.stream().noneMatch(c -> c.code().equals(g.shiftCode()))) {
                extra.add(new Column(g.shiftCode(), g.shiftCode(), null, null));
            }
        }
        extra.sort(Comparator.comparing(Column::start, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Column> all = new ArrayList<>(columns.values());
        all.addAll(extra);
        return List.copyOf(all);
    }

    private static String key(LocalDate date, String code) {
        return date + "/" + code;
    }
}
