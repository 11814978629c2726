package io.huike.outreach.fourones;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How soon a pairing must act: the days left until its deadline, shared among the ones it still owes. With two
 * weeks or less per owed one it is urgent, with up to 45 days it is due soon, beyond that it can wait.
 */
public enum ReminderUrgency {
    URGENT,
    SOON,
    LATER;

    static final int URGENT_DAYS_PER_ONE = 14;
    static final int SOON_DAYS_PER_ONE = 45;

    /** Days left including {@code today} and the deadline, per one still owed. */
    public static long slack(LocalDate today, LocalDate deadline, int owed) {
        long daysLeft = ChronoUnit.DAYS.between(today, deadline) + 1;
        return Math.max(0, daysLeft) / Math.max(1, owed);
    }

    public static ReminderUrgency of(LocalDate today, LocalDate deadline, int owed) {
        long slack = slack(today, deadline, owed);
        if (slack <= URGENT_DAYS_PER_ONE) {
            return URGENT;
        }
        return slack <= SOON_DAYS_PER_ONE ? SOON : LATER;
    }
}
