package io.huike.plumbing.validation;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads query parameters that a caller may get wrong, answering 400 with the parameter's name and what it takes
 * (the REST layer alone would answer an unconvertible query value with a bare 404).
 */
public final class QueryValues {

    /**
     * The first and last year of any date, month or year a caller may name. The ISO range reaches year ±999999999,
     * which the database cannot store and no record of ours can carry; the official calendar and every figure stay
     * well inside these years.
     */
    public static final int FIRST_YEAR = 1900;

    public static final int LAST_YEAR = 2199;

    private static final String YEARS = "years " + FIRST_YEAR + " to " + LAST_YEAR;

    /** Only the canonical 8-4-4-4-12 form: {@link UUID#fromString} also takes short groups such as {@code 1-2-3-4-5}. */
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private QueryValues() {}

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(
                    name,
                    "must be one of: "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    public static <E extends Enum<E>> Set<E> enumValues(String name, Collection<String> values, Class<E> type) {
        Set<E> parsed = EnumSet.noneOf(type);
        if (values != null) {
            values.stream()
                    .flatMap(v -> Arrays.stream(v.split(",")))
                    .filter(v -> !v.isBlank())
                    .forEach(v -> parsed.add(enumValue(name, v, type)));
        }
        return parsed;
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (isWithinYears(date.getYear())) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // Answered below like a date out of range.
        }
        throw invalid(name, "must be a date like 2026-05-06, in " + YEARS);
    }

    /** A month written {@code YYYY-MM}; {@code null} when absent. */
    public static YearMonth yearMonth(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (isWithinYears(month.getYear())) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // Answered below like a month out of range.
        }
        throw invalid(name, "must be a month like 2026-05, in " + YEARS);
    }

    /** A year; {@code null} when absent. */
    public static Year year(String name, String value) {
        Integer year = integer(name, value, FIRST_YEAR, LAST_YEAR);
        return year == null ? null : Year.of(year);
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (UUID_FORM.matcher(stripped).matches()) {
            return UUID.fromString(stripped.toLowerCase(Locale.ROOT));
        }
        throw invalid(name, "must be a UUID like 7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c");
    }

    /** Whether a year lies in the range the platform accepts ({@link #FIRST_YEAR} to {@link #LAST_YEAR}). */
    public static boolean isWithinYears(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static OffsetDateTime offsetDateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime moment = OffsetDateTime.parse(value.strip());
            if (isWithinYears(moment.getYear())) {
                return moment;
            }
        } catch (DateTimeException e) {
            // Answered below like a moment out of range.
        }
        throw invalid(name, "must be a date and time with its offset, like 2026-05-06T09:00:00+08:00, in " + YEARS);
    }

    /** A whole number from {@code min} to {@code max}; {@code null} when absent. */
    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Answered below like a number out of range.
        }
        throw invalid(name, "must be a whole number from " + min + " to " + max);
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(name, "must be true or false");
        };
    }

    /** The refusal of one parameter: a 400 naming it and what it takes. */
    public static InvalidInput invalid(String name, String message) {
        return new InvalidInput(List.of(new FieldViolation(name, message)));
    }
}
