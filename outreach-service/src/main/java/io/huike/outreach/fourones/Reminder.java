package io.huike.outreach.fourones;

import io.huike.outreach.pairings.ActivityKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

/**
 * A pairing that still owes some of the four ones, and how urgently.
 *
 * @param daysPerOne the days left until the deadline per one still owed; the fewer, the more urgent
 */
public record Reminder(
        PairingFourOnes pairing,
        Set<ActivityKind> owing,
        LocalDate deadline,
        long daysPerOne,
        ReminderUrgency urgency) {

    /** Most urgent first; among equals the one with the least time per owed one, then the one owing most. */
    public static final Comparator<Reminder> MOST_URGENT_FIRST = Comparator.comparing(Reminder::urgency)
            .thenComparingLong(Reminder::daysPerOne)
            .thenComparing(r -> -r.owing().size())
            .thenComparing(r -> r.pairing().pairingId());

    /** The reminder a pairing needs on {@code today}, or null when it owes nothing by its deadline. */
    public static Reminder of(PairingFourOnes pairing, LocalDate today) {
        FourOnesYear year = pairing.year();
        if (!year.runsOn(today)) {
            return null;
        }
        Set<ActivityKind> owing = year.owingBy(today);
        if (owing.isEmpty()) {
            return null;
        }
        return new Reminder(
                pairing,
                owing,
                year.deadline(),
                ReminderUrgency.slack(today, year.deadline(), owing.size()),
                ReminderUrgency.of(today, year.deadline(), owing.size()));
    }
}
