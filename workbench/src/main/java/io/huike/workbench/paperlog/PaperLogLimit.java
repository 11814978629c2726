package io.huike.workbench.paperlog;

import io.huike.workbench.layout.Formats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How far back the community lets the paper log be typed in, as case-service counts it: whole calendar days in the
 * community's zone, so that with 30 days, on 4 December anything from 4 November 00:00 on. The page shows it and
 * offers it to the time pickers; case-service decides.
 *
 * @param maxAgeDays the community's {@code paperLogMaxAgeDays}
 * @param earliest the earliest instant that may be entered now
 */
public record PaperLogLimit(int maxAgeDays, Instant earliest) {

    /** The clock difference case-service allows a reported time to lie ahead of its own. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    public static PaperLogLimit of(int maxAgeDays, Instant now) {
        LocalDate today = now.atZone(Formats.ZONE).toLocalDate();
        return new PaperLogLimit(
                maxAgeDays,
                today.minusDays(maxAgeDays).atStartOfDay(Formats.ZONE).toInstant());
    }

    /** The earliest time as a {@code datetime-local} value, for the picker's {@code min}. */
    public String earliestInput() {
        return Formats.inputValue(earliest);
    }

    /** Whether a reported time lies in the future, beyond the clock difference case-service allows. */
    static boolean inFuture(Instant at, Instant now) {
        return at.isAfter(now.plus(CLOCK_TOLERANCE));
    }
}
