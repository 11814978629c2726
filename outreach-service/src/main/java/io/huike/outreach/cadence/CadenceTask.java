package io.huike.outreach.cadence;

/** One window of a cadence in which the household still waits for its activity. */
public record CadenceTask(CadenceWindow window, Status status) {

    /** Due until the window's last day; overdue after it. */
    public enum Status {
        OVERDUE,
        DUE
    }
}
