package io.huike.roster.planning;

import io.huike.roster.rooms.ShiftTemplate;
import io.huike.roster.shifts.DutyShift;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A month's roster as the printed table on the room's notice board: a row per reception day, a column per shift,
 * the name of the member on duty in each cell, and every gap marked rather than left blank.
 */
public record RosterTable(String title, List<String> header, List<List<String>> rows) {

    /** What an uncovered cell shows. */
    public static final String GAP = "（空缺）";

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    public static RosterTable of(
            String title,
            List<ShiftTemplate> templates,
            List<DutyShift> shifts,
            List<Gap> gaps,
            Map<UUID, String> names) {
        List<String> header = new ArrayList<>(List.of("日期", "星期"));
        for (ShiftTemplate t : templates) {
            header.add(t.name() + " " + HOURS.format(t.startsAt()) + "–" + HOURS.format(t.endsAt()));
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        shifts.forEach(s -> days.add(s.day()));
        gaps.forEach(g -> days.add(g.day()));
        List<List<String>> rows = new ArrayList<>();
        for (LocalDate day : days) {
            List<String> row = new ArrayList<>(
                    List.of(day.toString(), WEEKDAYS[day.getDayOfWeek().ordinal()]));
            for (ShiftTemplate template : templates) {
                row.add(shifts.stream()
                        .filter(s -> s.day().equals(day) && s.shiftCode().equals(template.code()))
                        .map(s -> names.getOrDefault(s.memberId(), s.memberId().toString()))
                        .findFirst()
                        .orElse(GAP));
            }
            rows.add(List.copyOf(row));
        }
        return new RosterTable(title, List.copyOf(header), List.copyOf(rows));
    }
}
