package io.huike.cases.open311;

import io.huike.cases.Case;
import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new request as an Open311 client posts it, read and checked field by field before anything is written. A
 * location is required ({@code lat} and {@code long}, or {@code address_string}); the e-mail address is checked but
 * not kept (a case keeps no e-mail). The answers to the service's attributes ({@code attribute[code]}) are checked
 * against its definition and written under the description, headed {@code 【补充信息】}, one line each, as the desk
 * reads the case; {@code attribute[...]} fields the service does not define are ignored, as GeoReport v2 allows.
 *
 * @param description what the resident wrote, followed by the answers to the service's attributes
 * @param mediaUrl the link to the request's photo, http or https
 */
public record Open311Submission(
        GeoReportServices.Service service,
        String description,
        Case.Place place,
        Case.Resident resident,
        String mediaUrl) {

    /** The most a case's description holds: what the resident wrote and the answers to the attributes. */
    static final int DESCRIPTION_MAX = 4000;

    static final int MEDIA_URL_MAX = 2000;

    static final String ANSWERS_HEADING = "【补充信息】";

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]+)\\](\\[\\])?");
    static final int ADDRESS_MAX = 500;
    static final int NAME_MAX = 50;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DEGREES = Pattern.compile("[+-]?[0-9]{1,3}(\\.[0-9]{1,12})?");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /**
     * The submission this form makes; of a field given more than once, the first value counts, but for the values
     * of a multivaluelist attribute.
     *
     * @throws InvalidInput naming every field at fault
     */
    public static Open311Submission read(Map<String, List<String>> form) {
        Map<String, String> fields = new HashMap<>();
        Map<String, List<String>> attributes = new HashMap<>();
        form.forEach((name, values) -> {
            List<String> given = values == null
                    ? List.of()
                    : values.stream()
                            .filter(v -> v != null && !v.isBlank())
                            .map(String::strip)
                            .toList();
            Matcher attribute = ATTRIBUTE.matcher(name);
            if (attribute.matches()) {
                attributes
                        .computeIfAbsent(attribute.group(1), code -> new ArrayList<>())
                        .addAll(given);
            } else if (!given.isEmpty()) {
                fields.put(name, given.get(0));
            }
        });
        List<FieldViolation> faults = new ArrayList<>();
        GeoReportServices.Service service = null;
        try {
            service = GeoReportServices.required("service_code", fields.get("service_code"));
        } catch (InvalidInput e) {
            faults.addAll(e.violations());
        }
        String description = text(fields, "description", DESCRIPTION_MAX, faults);
        if (description == null && faults.stream().noneMatch(f -> f.field().equals("description"))) {
            faults.add(new FieldViolation("description", "is required: what the matter is"));
        }
        Double lat = coordinate(fields, "lat", 90, faults);
        Double lon = coordinate(fields, "long", 180, faults);
        if ((lat == null) != (lon == null)
                && faults.stream().noneMatch(f -> f.field().matches("lat|long"))) {
            faults.add(new FieldViolation(lat == null ? "lat" : "long", "lat and long are given together"));
        }
        String address = text(fields, "address_string", ADDRESS_MAX, faults);
        if (address == null
                && lat == null
                && lon == null
                && faults.stream().noneMatch(f -> f.field().matches("lat|long|address_string"))) {
            faults.add(new FieldViolation("address_string", "a location is required: lat and long, or address_string"));
        }
        String first = text(fields, "first_name", NAME_MAX, faults);
        String last = text(fields, "last_name", NAME_MAX, faults);
        String phone = text(fields, "phone", 40, faults);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            faults.add(new FieldViolation("phone", "is a phone number: digits, spaces and dashes, a leading +"));
        }
        String email = text(fields, "email", 200, faults);
        if (email != null && !EMAIL.matcher(email).matches()) {
            faults.add(new FieldViolation("email", "is an e-mail address"));
        }
        String mediaUrl = mediaUrl(fields, faults);
        List<String> answers = new ArrayList<>();
        if (service != null) {
            for (ServiceAttribute asked : service.attributes()) {
                asked.answer(attributes.getOrDefault(asked.code(), List.of()), faults)
                        .ifPresent(answers::add);
            }
        }
        String described = withAnswers(description, answers);
        if (described != null
                && described.codePointCount(0, described.length()) > DESCRIPTION_MAX
                && faults.isEmpty()) {
            faults.add(new FieldViolation(
                    "description", "is at most " + DESCRIPTION_MAX + " characters with the answers to the attributes"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInput(faults);
        }
        return new Open311Submission(
                service,
                described,
                new Case.Place(address, lat, lon),
                new Case.Resident(nameOf(first, last), phone == null ? null : phone.replaceAll("[ -]", ""), null),
                mediaUrl);
    }

    /** The description with the answers below it, headed, one a line; the description alone without answers. */
    static String withAnswers(String description, List<String> answers) {
        if (description == null || answers.isEmpty()) {
            return description;
        }
        return description + "\n\n" + ANSWERS_HEADING + "\n" + String.join("\n", answers);
    }

    private static String mediaUrl(Map<String, String> fields, List<FieldViolation> faults) {
        String value = text(fields, "media_url", MEDIA_URL_MAX, faults);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // refused below, as any other link that is not http or https
        }
        faults.add(new FieldViolation("media_url", "is an http or https link, e.g. https://example.org/photo.jpg"));
        return null;
    }

    /** A Chinese name is written family name first, without a space; others given name first. */
    static String nameOf(String first, String last) {
        if (first == null || last == null) {
            return first != null ? first : last;
        }
        return HAN.matcher(first + last).find() ? last + first : first + " " + last;
    }

    private static String text(Map<String, String> fields, String field, int max, List<FieldViolation> faults) {
        String value = fields.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            faults.add(new FieldViolation(field, "is at most " + max + " characters"));
            return null;
        }
        if (stripped.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t')) {
            faults.add(new FieldViolation(field, "holds control characters"));
            return null;
        }
        return stripped;
    }

    private static Double coordinate(
            Map<String, String> fields, String field, double limit, List<FieldViolation> faults) {
        String value = fields.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!DEGREES.matcher(value.strip()).matches()) {
            faults.add(new FieldViolation(field, "is a decimal number of degrees (WGS 84), e.g. 32.0603"));
            return null;
        }
        try {
            double degrees = Double.parseDouble(value.strip());
            if (!Double.isFinite(degrees) || Math.abs(degrees) > limit) {
                faults.add(new FieldViolation(field, "is in degrees from -" + (int) limit + " to " + (int) limit));
                return null;
            }
            return degrees;
        } catch (NumberFormatException e) {
            faults.add(new FieldViolation(field, "is a decimal number of degrees (WGS 84)"));
            return null;
        }
    }
}
