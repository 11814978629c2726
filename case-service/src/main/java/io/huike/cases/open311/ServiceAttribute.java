package io.huike.cases.open311;

import io.huike.kernel.refusals.FieldViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One question a service asks of a request, as a GeoReport v2 service definition describes it; a request answers it
 * in the form field {@code attribute[code]} (repeated, or {@code attribute[code][]}, for a multivaluelist).
 *
 * @param label how the answer is headed on the case, for the desk member who reads it
 * @param question what the client asks its user (the definition's {@code description})
 * @param values the choices of a singlevaluelist or multivaluelist, empty for the other datatypes
 */
public record ServiceAttribute(
        String code,
        Datatype datatype,
        boolean required,
        int order,
        String label,
        String question,
        List<Value> values) {

    /** The longest answer of a string attribute, and of each choice; a text attribute may be longer. */
    static final int STRING_MAX = 200;

    static final int TEXT_MAX = 1000;

    /** GeoReport v2's datatypes of an attribute. */
    public enum Datatype {
        STRING("a line of text, at most " + STRING_MAX + " characters"),
        NUMBER("a whole number of 0 or more"),
        TEXT("text, at most " + TEXT_MAX + " characters"),
        SINGLEVALUELIST("one key of values"),
        MULTIVALUELIST("one or more keys of values");

        private final String description;

        Datatype(String description) {
            this.description = description;
        }

        /** The datatype as GeoReport v2 spells it. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String description() {
            return description;
        }
    }

    /** A choice of a list attribute: {@code key} is submitted, {@code name} is shown. */
    public record Value(String key, String name) {}

    /**
     * The answer as the case shows it ({@code 是否有污水外溢：有}), or empty when none was given.
     *
     * @param submitted the values of {@code attribute[code]}, blank ones left out
     * @param faults where a fault is added, naming {@code attribute[code]}
     */
    Optional<String> answer(List<String> submitted, List<FieldViolation> faults) {
        String field = "attribute[" + code + "]";
        if (submitted.isEmpty()) {
            if (required) {
                faults.add(new FieldViolation(field, "is required: " + question));
            }
            return Optional.empty();
        }
        if (datatype != Datatype.MULTIVALUELIST && submitted.size() > 1) {
            faults.add(new FieldViolation(field, "takes one value"));
            return Optional.empty();
        }
        String one = submitted.get(0);
        String shown = switch (datatype) {
            case STRING -> fits(one, STRING_MAX) && one.lines().count() == 1 ? one : null;
            case TEXT -> fits(one, TEXT_MAX) ? one : null;
            case NUMBER -> wholeNumber(one);
            case SINGLEVALUELIST -> nameOf(one);
            case MULTIVALUELIST -> {
                List<String> names =
                        submitted.stream().distinct().map(this::nameOf).toList();
                yield names.contains(null) ? null : String.join("、", names);
            }
        };
        if (shown == null) {
            faults.add(new FieldViolation(field, "is " + datatype.description() + describeValues()));
            return Optional.empty();
        }
        return Optional.of(label + "：" + shown);
    }

    /** At most {@code max} characters, and no control characters but line breaks and tabs. */
    private static boolean fits(String text, int max) {
        return text.codePointCount(0, text.length()) <= max
                && text.chars().noneMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t');
    }

    private String nameOf(String key) {
        return values.stream()
                .filter(v -> v.key().equals(key))
                .map(Value::name)
                .findFirst()
                .orElse(null);
    }

    private static String wholeNumber(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            return number.signum() >= 0
                            && number.stripTrailingZeros().scale() <= 0
                            && number.compareTo(BigDecimal.valueOf(999_999_999)) <= 0
                    ? number.toBigInteger().toString()
                    : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String describeValues() {
        return values.isEmpty() ? "" : ": " + values.stream().map(Value::key).collect(Collectors.joining(", "));
    }
}
