package io.huike.workbench.status.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.huike.kernel.cases.CaseStatus;
import io.huike.workbench.cases.Category;
import io.huike.workbench.layout.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a resident may see of their case: its number, category, status, when it was registered, its two deadlines
 * and the timeline entries shared with them. Nothing about the resident. Read leniently: a deadline may come as
 * {@code firstContact: {dueAt, metAt}} or as {@code firstContactDueAt}, the registration as a date or an instant.
 */
public record CaseStatusView(
        String trackingNumber,
        Category category,
        CaseStatus status,
        LocalDate registeredOn,
        Instant firstContactDue,
        Instant firstContactMet,
        Instant feedbackDue,
        Instant feedbackMet,
        List<Entry> timeline) {

    /** A timeline entry shared with the resident. */
    public record Entry(Instant at, String text) {}

    public static CaseStatusView of(JsonNode json) {
        return new CaseStatusView(
                text(json, "trackingNumber").orElse(""),
                text(json, "category").flatMap(c -> constant(Category.class, c)).orElse(null),
                text(json, "status").flatMap(s -> constant(CaseStatus.class, s)).orElse(null),
                registered(json),
                deadline(json, "firstContact", "dueAt").orElse(null),
                deadline(json, "firstContact", "metAt").orElse(null),
                deadline(json, "feedback", "dueAt").orElse(null),
                deadline(json, "feedback", "metAt").orElse(null),
                timeline(json));
    }

    private static LocalDate registered(JsonNode json) {
        for (String name : List.of("registeredOn", "registeredDate", "registered", "registeredAt")) {
            Optional<String> value = text(json, name);
            if (value.isPresent()) {
                Optional<LocalDate> day = day(value.get());
                if (day.isPresent()) {
                    return day.get();
                }
            }
        }
        return null;
    }

    /** {@code firstContact.dueAt}, else {@code firstContactDueAt}, else {@code firstContactDue}. */
    private static Optional<Instant> deadline(JsonNode json, String deadline, String field) {
        JsonNode nested = json.path(deadline);
        if (nested.isObject()) {
            return text(nested, field).flatMap(CaseStatusView::instant);
        }
        String flat = deadline + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return text(json, flat)
                .or(() -> text(json, flat.substring(0, flat.length() - 2)))
                .flatMap(CaseStatusView::instant);
    }

    private static List<Entry> timeline(JsonNode json) {
        List<Entry> entries = new ArrayList<>();
        for (String name : List.of("timeline", "sharedTimeline", "entries")) {
            JsonNode list = json.path(name);
            if (list.isArray()) {
                for (JsonNode line : list) {
                    Instant at = text(line, "at")
                            .or(() -> text(line, "time"))
                            .flatMap(CaseStatusView::instant)
                            .orElse(null);
                    text(line, "text").ifPresent(text -> entries.add(new Entry(at, text)));
                }
                break;
            }
        }
        return List.copyOf(entries);
    }

    private static Optional<String> text(JsonNode json, String name) {
        JsonNode value = json.path(name);
        return value.isValueNode() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException notAnInstant) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return instant(value).map(at -> at.atZone(Formats.ZONE).toLocalDate());
        }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst();
    }
}
