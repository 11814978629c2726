package io.huike.cases.deadlines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a promise to the resident runs: clock hours for emergencies and utilities, working days for general
 * matters. Written as {@code 2h} or {@code 5wd}.
 */
public record DeadlineRule(int amount, Unit unit) {

    /** The longest promise in clock hours: ten days; longer ones are written in working days. */
    public static final int MAX_HOURS = 240;

    /** The longest promise in working days: about six weeks, the longest the hotline practice allows. */
    public static final int MAX_WORKING_DAYS = 30;

    /** What a rule may be written as: 1 to 240 hours or 1 to 30 working days; the API's schema says the same. */
    public static final String PATTERN = "([1-9]|[1-9][0-9]|1[0-9][0-9]|2[0-3][0-9]|240)h|([1-9]|[12][0-9]|30)wd";

    /** How the API describes a rule that does not match {@link #PATTERN}. */
    public static final String PATTERN_MESSAGE = "1h to 240h (hours), or 1wd to 30wd (working days)";

    /** How the API's schema explains a rule. */
    public static final String DESCRIPTION = "Clock hours 1h to 240h, or working days 1wd to 30wd on the official"
            + " calendar (public holidays and the community's closures do not count), without leading zeros.";

    private static final Pattern TEXT = Pattern.compile("(\\d{1,3})(h|wd)");

    /** Clock hours run day and night; working days skip weekends, public holidays and local closures. */
    public enum Unit {
        HOURS,
        WORKING_DAYS
    }

    public DeadlineRule {
        int max = unit == Unit.HOURS ? MAX_HOURS : MAX_WORKING_DAYS;
        if (amount < 1 || amount > max) {
            throw new IllegalArgumentException("A deadline runs " + PATTERN_MESSAGE + ", not " + amount + " " + unit);
        }
    }

    public static DeadlineRule hours(int amount) {
        return new DeadlineRule(amount, Unit.HOURS);
    }

    public static DeadlineRule workingDays(int amount) {
        return new DeadlineRule(amount, Unit.WORKING_DAYS);
    }

    public static DeadlineRule parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Write a deadline as hours (e.g. 24h) or working days (e.g. 5wd)");
        }
        return new DeadlineRule(Integer.parseInt(m.group(1)), m.group(2).equals("h") ? Unit.HOURS : Unit.WORKING_DAYS);
    }

    @Override
    public String toString() {
        return amount + (unit == Unit.HOURS ? "h" : "wd");
    }
}
