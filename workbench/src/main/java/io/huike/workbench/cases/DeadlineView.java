package io.huike.workbench.cases;

import io.huike.workbench.cases.client.CaseRecord;
import io.quarkus.qute.TemplateData;
import java.time.Duration;
import java.time.Instant;

/**
 * A deadline as a page shows it: met, running (due soon within a day), passed unmet (overdue, shown in red and
 * said in words), or no longer running; with how long is left or how late it is.
 */
@TemplateData
public record DeadlineView(State state, Instant dueAt, Instant metAt, long amount, Unit unit) {

    /** Where a deadline stands. */
    public enum State {
        /** No deadline was set. */
        NONE,
        /** Kept: the resident was contacted, or told the result. */
        MET,
        /** Runs, more than a day left. */
        RUNNING,
        /** Runs, less than a day left. */
        DUE_SOON,
        /** Passed unmet. */
        OVERDUE,
        /** Passed, but no longer counts (the case was closed or reopened meanwhile). */
        STOPPED
    }

    /** The unit {@link #amount} is counted in. */
    public enum Unit {
        MINUTES,
        HOURS,
        DAYS
    }

    static final Duration SOON = Duration.ofHours(24);

    public static DeadlineView of(CaseRecord.Deadline deadline, Instant now) {
        if (deadline == null || deadline.dueAt() == null) {
            return new DeadlineView(State.NONE, null, null, 0, Unit.HOURS);
        }
        Instant due = deadline.dueAt();
        if (deadline.metAt() != null) {
            return new DeadlineView(State.MET, due, deadline.metAt(), 0, Unit.HOURS);
        }
        if (deadline.overdue()) {
            return measured(State.OVERDUE, due, Duration.between(due, now));
        }
        if (!due.isAfter(now)) {
            return new DeadlineView(State.STOPPED, due, null, 0, Unit.HOURS);
        }
        Duration left = Duration.between(now, due);
        return measured(left.compareTo(SOON) <= 0 ? State.DUE_SOON : State.RUNNING, due, left);
    }

    /** Less than an hour in minutes, less than two days in hours, else in days; never zero. */
    private static DeadlineView measured(State state, Instant due, Duration span) {
        Duration positive = span.isNegative() ? Duration.ZERO : span;
        if (positive.compareTo(Duration.ofHours(1)) < 0) {
            return new DeadlineView(state, due, null, Math.max(1, positive.toMinutes()), Unit.MINUTES);
        }
        if (positive.compareTo(Duration.ofHours(48)) < 0) {
            return new DeadlineView(state, due, null, positive.toHours(), Unit.HOURS);
        }
        return new DeadlineView(state, due, null, positive.toDays(), Unit.DAYS);
    }

    public boolean isOverdue() {
        return state == State.OVERDUE;
    }
}
