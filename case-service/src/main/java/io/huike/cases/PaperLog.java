package io.huike.cases;

import io.huike.cases.deadlines.DeadlineCalculator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far back a community lets what already happened be typed in: a reception room keeps a paper book and enters it
 * later. Counted in calendar days of the community's zone, so that a whole day of the book stays enterable: with 30
 * days, on 4 December anything from 4 November 00:00 on.
 *
 * @param maxAgeDays the community's {@code paperLogMaxAgeDays}, {@value #MIN_DAYS} to {@value #MAX_DAYS}
 */
public record PaperLog(int maxAgeDays) {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 366;
    /** What a community that set nothing allows. */
    public static final int DEFAULT_DAYS = 30;

    public static final PaperLog DEFAULT = new PaperLog(DEFAULT_DAYS);

    public PaperLog {
        if (maxAgeDays < MIN_DAYS || maxAgeDays > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "paperLogMaxAgeDays must be " + MIN_DAYS + " to " + MAX_DAYS + ", not " + maxAgeDays);
        }
    }

    /** The earliest instant that may still be entered at {@code now}. */
    public Instant earliest(Instant now) {
        LocalDate today = now.atZone(DeadlineCalculator.COMMUNITY_ZONE).toLocalDate();
        return today.minusDays(maxAgeDays)
                .atStartOfDay(DeadlineCalculator.COMMUNITY_ZONE)
                .toInstant();
    }

    /** Refuses {@code when} if it lies before {@link #earliest}, naming {@code field} and the limit. */
    public void requireRecent(Instant when, Instant now, String field) {
        Instant earliest = earliest(now);
        if (when.isBefore(earliest)) {
            throw new TooOld(field, maxAgeDays, earliest);
        }
    }

    /**
     * A reported time of what already happened, checked (not in the future, not older than the paper log allows) and
     * taken as no later than {@code now}: within the allowed clock difference a time ahead of ours is ours. Kept to
     * the microsecond, as it is stored.
     */
    public Instant occurrence(Instant reported, Instant now, String field) {
        ReportedTimes.requirePast(reported, now, field);
        requireRecent(reported, now, field);
        return reported.isAfter(now) ? now : reported.truncatedTo(ChronoUnit.MICROS);
    }

    /** A time older than the community's paper log allows to be entered. */
    public static final class TooOld extends CaseRuleViolation {

        private final int maxAgeDays;
        private final Instant earliest;

        TooOld(String field, int maxAgeDays, Instant earliest) {
            super(
                    field,
                    "must not be more than " + maxAgeDays + " days ago (the community's paperLogMaxAgeDays):"
                            + " the earliest allowed now is " + earliest);
            this.maxAgeDays = maxAgeDays;
            this.earliest = earliest;
        }

        public int maxAgeDays() {
            return maxAgeDays;
        }

        public Instant earliest() {
            return earliest;
        }
    }
}
