package io.huike.outreach.fourones;

import io.huike.outreach.pairings.ActivityKind;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The four ones (四个一) one pairing owes in one calendar year: each once, on a day the pairing runs. Other visits
 * count for nothing here; a second talk does not make up for a missing study delivery.
 */
public final class FourOnesYear {

    /** The four ones, in the order the community lists them. */
    public static final Set<ActivityKind> FOUR =
            Collections.unmodifiableSet(EnumSet.copyOf(Arrays.stream(ActivityKind.values())
                    .filter(ActivityKind::isOneOfTheFour)
                    .toList()));

    private final int year;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Map<ActivityKind, LocalDate> firstDone;

    private FourOnesYear(int year, LocalDate firstDay, LocalDate lastDay, Map<ActivityKind, LocalDate> firstDone) {
        this.year = year;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.firstDone = firstDone;
    }

    /**
     * @param pairingEnd the pairing's last day, or null while it runs
     * @param activities the pairing's activities; those outside the year and the pairing are ignored
     */
    public static FourOnesYear of(int year, LocalDate pairingStart, LocalDate pairingEnd, Collection<Done> activities) {
        Year calendarYear = Year.of(year);
        LocalDate first = later(pairingStart, calendarYear.atDay(1));
        LocalDate last = pairingEnd == null
                ? calendarYear.atMonth(12).atEndOfMonth()
                : earlier(pairingEnd, calendarYear.atMonth(12).atEndOfMonth());
        Map<ActivityKind, LocalDate> done = new EnumMap<>(ActivityKind.class);
        for (Done activity : activities) {
            if (FOUR.contains(activity.kind())
                    && !activity.on().isBefore(first)
                    && !activity.on().isAfter(last)) {
                done.merge(activity.kind(), activity.on(), FourOnesYear::earlier);
            }
        }
        return new FourOnesYear(year, first, last, done);
    }

    /** Whether the pairing runs on at least one day of the year. */
    public boolean runsInYear() {
        return !firstDay.isAfter(lastDay);
    }

    /** Whether the pairing runs on this day of the year. */
    public boolean runsOn(LocalDate day) {
        return runsInYear() && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public int year() {
        return year;
    }

    /** The last day on which the year's four ones can still be done. */
    public LocalDate deadline() {
        return lastDay;
    }

    /** The first day each of the four was done this year. */
    public Map<ActivityKind, LocalDate> done() {
        return Collections.unmodifiableMap(firstDone);
    }

    public boolean complete() {
        return firstDone.keySet().containsAll(FOUR);
    }

    /** Which of the four are still not done by the end of {@code day}; nothing while the pairing has not begun. */
    public Set<ActivityKind> owingBy(LocalDate day) {
        if (!runsInYear() || day.isBefore(firstDay)) {
            return Set.of();
        }
        EnumSet<ActivityKind> owing = EnumSet.noneOf(ActivityKind.class);
        for (ActivityKind kind : FOUR) {
            LocalDate done = firstDone.get(kind);
            if (done == null || done.isAfter(day)) {
                owing.add(kind);
            }
        }
        return owing;
    }

    /** Which of the four are still not done this year. */
    public Set<ActivityKind> owing() {
        return owingBy(lastDay);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
