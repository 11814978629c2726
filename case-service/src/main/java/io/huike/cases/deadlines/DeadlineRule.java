package io.huike.cases.deadlines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a promise to the resident runs: clock hours for emergencies and utilities, working days for general
 * matters. Written as {@code 2h} or {@code 5wd}.
 */
public record DeadlineRule(int amount, Unit unit) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,3})(h|wd)");

    /** Clock hours run day and night; working days skip weekends, public holidays and local closures. */
    public enum Unit {
        HOURS,
        WORKING_DAYS
    }

    public DeadlineRule {
        if (amount < 1 || amount > 365) {
            throw new IllegalArgumentException("A deadline runs 1 to 365 units, not " + amount);
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
