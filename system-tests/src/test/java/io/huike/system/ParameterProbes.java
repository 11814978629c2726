package io.huike.system;

import com.fasterxml.jackson.databind.JsonNode;
import io.huike.testing.OpenApiDocument.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Values for one path or query parameter that it must not take: a word where it holds a number, UUID, date, month,
 * year, boolean or one of a list; dates at and beyond the ends of the ISO calendar; percent-encoded control
 * characters and quotes; values of 1,000 and 5,000 characters. A bounded handful per kind of parameter, not per
 * parameter and value of every other.
 */
final class ParameterProbes {

    /** What a parameter holds, from its schema, else from its valid value, else from its name. */
    enum Kind {
        UUID,
        INTEGER,
        YEAR,
        NUMBER,
        BOOLEAN,
        DATE,
        DATE_TIME,
        MONTH,
        ENUM,
        PATTERN,
        TEXT
    }

    /** One value to send, already encoded for the URI; bad values must be refused with a problem detail. */
    record Probe(String kind, String value, boolean bad) {}

    private static final Set<String> DATE_NAMES =
            Set.of("from", "to", "on", "by", "date", "registeredFrom", "registeredTo");
    /** A word that no pattern of a list of codes accepts; a pattern that accepts it is one of text. */
    private static final String WORD_FOR_PATTERN = "~sweep~";

    /** Whitespace the services strip from a query value on purpose (QueryValues), so a typed value may carry it. */
    private static final Set<String> STRIPPED = Set.of("%09", "%0A", "%20");

    private static final Set<String> BOOLEAN_NAMES = Set.of("overdue", "active");
    /** Text parameters the services read as one of a list (QueryValues.enumValue), though the schema says text. */
    private static final Set<String> ENUM_NAMES = Set.of("status", "category", "channel", "sort", "groupBy");

    private ParameterProbes() {}

    static Kind kindOf(Parameter parameter, String known) {
        JsonNode schema = parameter.schema().path("type").asText().equals("array")
                ? parameter.schema().path("items")
                : parameter.schema();
        String type = schema.path("type").isArray()
                ? schema.path("type").path(0).asText()
                : schema.path("type").asText();
        String format = schema.path("format").asText();
        if (schema.has("enum")) {
            return Kind.ENUM;
        }
        switch (format) {
            case "uuid":
                return Kind.UUID;
            case "date":
                return Kind.DATE;
            case "date-time":
                return Kind.DATE_TIME;
            default:
                break;
        }
        switch (type) {
            case "integer":
                return parameter.name().toLowerCase(Locale.ROOT).contains("year") ? Kind.YEAR : Kind.INTEGER;
            case "number":
                return Kind.NUMBER;
            case "boolean":
                return Kind.BOOLEAN;
            default:
                break;
        }
        if (parameter.name().equals("month") || schema.path("pattern").asText().startsWith("[0-9]{4}-")) {
            return Kind.MONTH;
        }
        if (schema.has("pattern") && !matches(schema.path("pattern").asText(), WORD_FOR_PATTERN)) {
            return Kind.PATTERN;
        }
        if (ENUM_NAMES.contains(parameter.name())) {
            return Kind.ENUM;
        }
        if (known != null) {
            return kindOfValue(known);
        }
        String name = parameter.name();
        if (name.endsWith("Id") || name.equals("room")) {
            return Kind.UUID;
        }
        if (DATE_NAMES.contains(name)) {
            return Kind.DATE;
        }
        if (name.equals("at")) {
            return Kind.DATE_TIME;
        }
        if (name.equals("year")) {
            return Kind.YEAR;
        }
        return BOOLEAN_NAMES.contains(name) ? Kind.BOOLEAN : Kind.TEXT;
    }

    private static Kind kindOfValue(String value) {
        if (value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return Kind.UUID;
        }
        if (value.matches("\\d{4}")) {
            return Kind.YEAR;
        }
        if (value.matches("-?\\d{1,9}")) {
            return Kind.INTEGER;
        }
        if (value.equals("true") || value.equals("false")) {
            return Kind.BOOLEAN;
        }
        if (parses(() -> LocalDate.parse(value))) {
            return Kind.DATE;
        }
        if (parses(() -> YearMonth.parse(value))) {
            return Kind.MONTH;
        }
        return parses(() -> OffsetDateTime.parse(value)) ? Kind.DATE_TIME : Kind.TEXT;
    }

    /** A value the parameter takes: its example, a record of the community, or one of its kind. */
    static String validValue(Parameter parameter, SweepFixture.Community community) {
        String known = known(parameter, community);
        if (known != null) {
            return known;
        }
        JsonNode schema = parameter.schema();
        return switch (kindOf(parameter, null)) {
            case UUID -> UUID.randomUUID().toString();
            case INTEGER, NUMBER ->
                String.valueOf(Math.max(schema.path("minimum").asLong(1), 1));
            case YEAR -> String.valueOf(SweepFixture.today().getYear());
            case BOOLEAN -> "true";
            case DATE -> SweepFixture.today().toString();
            case DATE_TIME -> OffsetDateTime.now().withNano(0).toString();
            case MONTH -> YearMonth.from(SweepFixture.today()).toString();
            case ENUM ->
                schema.path("enum")
                        .path(0)
                        .asText(schema.path("items").path("enum").path(0).asText());
            case PATTERN, TEXT -> "sweep";
        };
    }

    /** The value the fixture or the document gives the parameter, or null. */
    static String known(Parameter parameter, SweepFixture.Community community) {
        String name = parameter.name();
        if (name.equals("community")) {
            return community.id;
        }
        if (name.equals("grid") || name.equals("gridId")) {
            return "grid-1";
        }
        if (name.equals("category")) {
            return "WATER_DRAINAGE";
        }
        if (community.ids.containsKey(name)) {
            return community.ids.get(name);
        }
        if (parameter.schema().path("default").isValueNode()) {
            return parameter.schema().path("default").asText();
        }
        JsonNode example = parameter.example().isMissingNode()
                ? parameter.schema().path("examples").path(0)
                : parameter.example();
        return example.isValueNode() ? example.asText() : null;
    }

    /**
     * The probes for a parameter of the kind holding the valid value. Every probe of a path parameter is bad (it
     * names no record); of a text query parameter, only a NUL and text past its maxLength are, the rest may be
     * searched for, so need only be answered without failing.
     */
    static List<Probe> of(Parameter parameter, Kind kind, String valid) {
        boolean inPath = parameter.in().equals("path");
        List<Probe> probes = new ArrayList<>();
        String word = kind == Kind.PATTERN ? WORD_FOR_PATTERN : "sweep";
        if (kind == Kind.ENUM) {
            word = "NOT_A_VALUE";
        }
        if (kind != Kind.TEXT) {
            probes.add(
                    new Probe("word for " + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), word, true));
        }
        switch (kind) {
            case INTEGER, NUMBER -> {
                probes.add(new Probe("number past 64 bits", "99999999999999999999", true));
                if (kind == Kind.INTEGER) {
                    probes.add(new Probe("fraction", "1.5", true));
                }
                if (parameter.schema().has("maximum")) {
                    probes.add(new Probe(
                            "above maximum",
                            String.valueOf(parameter.schema().path("maximum").asLong() + 1),
                            true));
                }
                if (parameter.schema().has("minimum")) {
                    probes.add(new Probe(
                            "below minimum",
                            String.valueOf(parameter.schema().path("minimum").asLong() - 1),
                            true));
                }
            }
            case YEAR -> {
                for (String year : List.of("-999999999", "-4714", "999999999", "0")) {
                    probes.add(new Probe("year " + year, year, true));
                }
            }
            case BOOLEAN -> probes.add(new Probe("boolean 2", "2", true));
            case DATE -> {
                for (String date : List.of("-999999999-01-01", "-4714-11-24", "+999999999-12-31", "0000-00-00")) {
                    probes.add(new Probe("date " + date, encode(date), true));
                }
                probes.add(new Probe("date 2026-02-30", "2026-02-30", true));
            }
            case DATE_TIME -> {
                for (String date : List.of("-999999999-01-01", "-4714-11-24", "+999999999-12-31", "0000-00-00")) {
                    probes.add(new Probe("date-time " + date, encode(date + "T00:00:00Z"), true));
                }
            }
            case MONTH -> {
                for (String month : List.of("-999999999-01", "-4714-11", "+999999999-12", "0000-00", "2026-13")) {
                    probes.add(new Probe("month " + month, encode(month), true));
                }
            }
            default -> {}
        }
        boolean text = kind == Kind.TEXT;
        for (String character : List.of("%00", "%09", "%0A", "%20", "%22", "%25")) {
            String value = valid + java.net.URLDecoder.decode(character, StandardCharsets.UTF_8);
            boolean bad = inPath
                    || character.equals("%00")
                    || (text ? breaksPattern(parameter, value) : !STRIPPED.contains(character));
            probes.add(new Probe("percent-encoded " + character, encode(valid) + character, bad));
        }
        long maxLength = parameter.schema().path("maxLength").asLong(Long.MAX_VALUE);
        for (int length : List.of(1_000, 5_000)) {
            String value = "a".repeat(length);
            boolean bad = inPath || !text || length > maxLength || breaksPattern(parameter, value);
            probes.add(new Probe(String.format(Locale.ROOT, "%,d characters", length), value, bad));
        }
        return probes;
    }

    /** Whether the text is outside the parameter's pattern (as JSON Schema reads it). */
    private static boolean breaksPattern(Parameter parameter, String value) {
        String pattern = parameter.schema().path("pattern").asText();
        return !pattern.isEmpty() && !matches(pattern, value);
    }

    /** A JSON Schema pattern is not anchored: it matches where it occurs anywhere (e.g. {@code \S} for "not blank"). */
    private static boolean matches(String pattern, String value) {
        return java.util.regex.Pattern.compile(pattern).matcher(value).find();
    }

    /** Percent-encodes a valid value for a path segment or a query (a space as %20, never +). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
