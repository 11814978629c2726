package io.huike.plumbing.validation;

import io.huike.plumbing.problems.FieldViolation;
import io.huike.plumbing.problems.ProblemException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads query parameters that a caller may get wrong, answering 400 with the parameter's name and what it takes
 * (the REST layer alone would answer an unconvertible query value with a bare 404).
 */
public final class QueryValues {

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
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date like 2026-05-06");
        }
    }

    public static OffsetDateTime offsetDateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date and time with its offset, like 2026-05-06T09:00:00+08:00");
        }
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

    private static ProblemException invalid(String name, String message) {
        return ProblemException.invalid(List.of(new FieldViolation(name, message)));
    }
}
