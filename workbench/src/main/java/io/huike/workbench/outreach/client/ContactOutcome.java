package io.huike.workbench.outreach.client;

/** What came of contacting someone on a notification campaign's list. */
public enum ContactOutcome {
    /** Told, not done yet. */
    REACHED,
    NOT_REACHED,
    /** Did what the campaign asked. */
    DONE,
    REFUSED;

    /** Whether nobody needs to contact the person again. */
    public boolean isSettled() {
        return this == DONE || this == REFUSED;
    }
}
