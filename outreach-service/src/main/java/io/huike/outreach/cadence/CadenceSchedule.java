package io.huike.outreach.cadence;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns a cadence into the windows of one year, and a household's activities into its due and overdue tasks: a
 * window that has begun by today and has no activity of the cadence's kind in it is due until its last day, and
 * overdue after. Windows that end before the cadence took effect, or before the household was registered, ask for
 * nothing.
 */
public final class CadenceSchedule {

    private CadenceSchedule() {}

    /**
     * @param holidays the year's public holidays; only {@link CadencePeriod#BEFORE_HOLIDAYS} uses them
     */
    public static List<CadenceWindow> windows(
            CadencePeriod period, Integer daysBefore, int year, Collection<Holiday> holidays) {
        LocalDate first = Year.of(year).atDay(1);
        List<CadenceWindow> windows = new ArrayList<>();
        switch (period) {
            case MONTHLY -> months(first, 1, windows);
            case QUARTERLY -> months(first, 3, windows);
            case HALF_YEARLY -> months(first, 6, windows);
            case YEARLY -> months(first, 12, windows);
            case BEFORE_HOLIDAYS ->
                holidays.stream()
                        .filter(h -> h.firstDay().getYear() == year)
                        .sorted(Comparator.comparing(Holiday::firstDay))
                        .forEach(h -> windows.add(new CadenceWindow(
                                h.firstDay().minusDays(daysBefore), h.firstDay().minusDays(1), h.name())));
        }
        return windows;
    }

    /**
     * The tasks a household has on {@code today} under one cadence.
     *
     * @param doneOn the days the household had an activity of the cadence's kind, by any member
     * @param since the later of the cadence's effective date and the household's registration
     */
    public static List<CadenceTask> tasks(
            List<CadenceWindow> windows, Set<LocalDate> doneOn, LocalDate since, LocalDate today) {
        List<CadenceTask> tasks = new ArrayList<>();
        for (CadenceWindow window : windows) {
            if (window.from().isAfter(today) || window.to().isBefore(since)) {
                continue;
            }
            if (doneOn.stream().anyMatch(window::contains)) {
                continue;
            }
            tasks.add(new CadenceTask(
                    window, window.to().isBefore(today) ? CadenceTask.Status.OVERDUE : CadenceTask.Status.DUE));
        }
        return tasks;
    }

    private static void months(LocalDate first, int length, List<CadenceWindow> windows) {
        for (LocalDate from = first; from.getYear() == first.getYear(); from = from.plusMonths(length)) {
            windows.add(new CadenceWindow(from, from.plusMonths(length).minusDays(1), null));
        }
    }
}
