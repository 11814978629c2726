package io.huike.cases;

import java.time.Duration;
import java.time.Instant;

/**
 * Times a person reports of what already happened (a visit received, a referral answered, the resident told the
 * result): never ahead of our clock, or a deadline could be met by a promise, and never before what they follow
 * (the resident cannot have been told before the case existed, nor a body have replied before it was asked).
 */
public final class ReportedTimes {

    /** How far the caller's clock may run ahead of ours. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private ReportedTimes() {}

    /** Refuses {@code when} if it lies in the future of {@code now}, naming {@code field}. */
    public static void requirePast(Instant when, Instant now, String field) {
        if (when.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new CaseRuleViolation(field, "must not be in the future");
        }
    }

    /**
     * Refuses {@code when} if it lies in the future of {@code now} or before {@code since} (with the same tolerance,
     * since the two clocks differ either way), naming {@code field} and {@code sinceWhat}.
     */
    public static void requireBetween(Instant when, Instant since, String sinceWhat, Instant now, String field) {
        requirePast(when, now, field);
        if (when.isBefore(since.minus(CLOCK_TOLERANCE))) {
            throw new CaseRuleViolation(field, "must not be before " + sinceWhat + " (" + since + ")");
        }
    }
}
