package io.huike.kernel.refusals;

import java.util.Map;

/** The caller changed a record from a version that is no longer the current one. */
public final class StaleVersion extends Refusal {

    public StaleVersion(long expected, long current) {
        this(expected, current, null);
    }

    /**
     * The same refusal with facts the caller can act on, e.g. who made the change it missed and when.
     *
     * @param facts extension members of the answer; none may take a standard member's name
     */
    public StaleVersion(long expected, long current, Map<String, Object> facts) {
        super(
                "stale-version",
                "The record is at version " + current + ", not " + expected + "; read it again and retry",
                null,
                facts);
    }

    /** Refuses a change to a record whose version moved on since the caller read it. */
    public static void check(long expected, long current) {
        if (expected != current) {
            throw new StaleVersion(expected, current);
        }
    }
}
