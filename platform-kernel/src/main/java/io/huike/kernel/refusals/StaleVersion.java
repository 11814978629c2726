package io.huike.kernel.refusals;

/** The caller changed a record from a version that is no longer the current one. */
public final class StaleVersion extends Refusal {

    public StaleVersion(long expected, long current) {
        super(
                "stale-version",
                "The record is at version " + current + ", not " + expected + "; read it again and retry",
                null,
                null);
    }

    /** Refuses a change to a record whose version moved on since the caller read it. */
    public static void check(long expected, long current) {
        if (expected != current) {
            throw new StaleVersion(expected, current);
        }
    }
}
