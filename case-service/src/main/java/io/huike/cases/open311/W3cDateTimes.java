package io.huike.cases.open311;

import io.huike.cases.deadlines.DeadlineCalculator;
import io.huike.kernel.refusals.InvalidInput;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as Open311 writes them: W3C date-time with the offset, to the second. Written in the communities' zone
 * (+08:00); read in any offset, {@code Z} included.
 */
public final class W3cDateTimes {

    /** The first and last years a caller may name: the records hold nothing outside them. */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2199;

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private W3cDateTimes() {}

    /** The instant in the communities' zone, e.g. {@code 2026-05-06T09:30:00+08:00}; null stays null. */
    public static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        return WRITTEN.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(DeadlineCalculator.COMMUNITY_ZONE));
    }

    /**
     * The instant a request's {@code field} names, e.g. {@code 2026-05-01T00:00:00+08:00} or {@code
     * 2026-04-30T16:00:00Z}; null when not given.
     *
     * @throws InvalidInput when it is not a W3C date-time with an offset, or lies outside the years the records hold
     */
    public static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException e) {
            throw new InvalidInput(field, "is a W3C date-time with an offset, e.g. 2026-05-01T00:00:00+08:00");
        }
        if (parsed.getYear() < FIRST_YEAR || parsed.getYear() > LAST_YEAR) {
            throw new InvalidInput(field, "lies within the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return parsed.toInstant();
    }
}
