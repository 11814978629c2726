package io.huike.workbench.outreach;

import io.huike.kernel.personaldata.PersonalNumbers;
import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.Urgency;
import io.huike.workbench.clients.ServiceProblem;
import io.huike.workbench.outreach.client.ActivityKind;
import io.huike.workbench.outreach.client.RecordActivity;
import io.huike.workbench.outreach.client.RecordVisit;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A home visit as entered on the phone: checked before anything is sent, turned into outreach-service's requests
 * (the activity of the pairing, when one of the four ones or another visit was done, and the visit with the concern
 * found), and shown again with what is wrong under each field by the field's id.
 */
public final class HomeVisitDraft {

    /** How long a concern's title may be; the title is the description's beginning. */
    static final int TITLE_LENGTH = 30;

    static final int NOTES_LENGTH = 4000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final String visitedOn;
    private final String kind;
    private final String notes;
    private final String concernCategory;
    private final String concernUrgency;
    private final String concernDescription;
    private final String recordedActivity;
    private final String recordedKind;
    private final Map<String, String> errors;

    private HomeVisitDraft(
            String visitedOn,
            String kind,
            String notes,
            String concernCategory,
            String concernUrgency,
            String concernDescription,
            String recordedActivity,
            String recordedKind,
            Map<String, String> errors) {
        this.visitedOn = visitedOn;
        this.kind = kind;
        this.notes = notes;
        this.concernCategory = concernCategory;
        this.concernUrgency = concernUrgency;
        this.concernDescription = concernDescription;
        this.recordedActivity = recordedActivity;
        this.recordedKind = recordedKind;
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** An empty form for a visit made today. */
    public static HomeVisitDraft fresh(LocalDate today) {
        return new HomeVisitDraft(today.toString(), "", "", "", "NORMAL", "", "", "", Map.of());
    }

    public static HomeVisitDraft of(HomeVisitForm form) {
        String urgency = text(form.concernUrgency);
        String activity = text(form.recordedActivity);
        return new HomeVisitDraft(
                text(form.visitedOn),
                text(form.kind),
                text(form.notes),
                text(form.concernCategory),
                urgency.isEmpty() ? "NORMAL" : urgency,
                text(form.concernDescription),
                ID.matcher(activity).matches() ? activity : "",
                kindOf(text(form.recordedKind)).map(Enum::name).orElse(""),
                Map.of());
    }

    /**
     * The draft with what is wrong with it before anything is sent: a day that is missing, unreadable or after
     * {@code today}; what was done when there is no running pairing to count it for; a concern without category or
     * description, or with a phone or ID number in it (outreach-service refuses those, they must not reach a case).
     */
    public HomeVisitDraft checked(OutreachMsg msg, LocalDate today, boolean paired) {
        Map<String, String> found = new LinkedHashMap<>();
        Optional<LocalDate> day = day();
        if (visitedOn.isEmpty()) {
            found.put(Fields.VISITED_ON, msg.required());
        } else if (day.isEmpty()) {
            found.put(Fields.VISITED_ON, msg.unreadableDay());
        } else if (day.get().isAfter(today)) {
            found.put(Fields.VISITED_ON, msg.dayInFuture());
        }
        if (!kind.isEmpty() && kindOf(kind).isEmpty()) {
            found.put(Fields.KIND, msg.unreadableChoice());
        } else if (!kind.isEmpty() && !paired && !activityRecorded()) {
            found.put(Fields.KIND, msg.kindNeedsPairing());
        }
        if (notes.length() > NOTES_LENGTH) {
            found.put(Fields.NOTES, msg.tooLong(NOTES_LENGTH));
        }
        if (hasConcern()) {
            if (category().isEmpty()) {
                found.put(Fields.CONCERN_CATEGORY, msg.concernNeedsCategory());
            }
            if (concernDescription.isEmpty()) {
                found.put(Fields.CONCERN_DESCRIPTION, msg.concernNeedsDescription());
            } else if (PersonalNumbers.appearIn(concernDescription)) {
                found.put(Fields.CONCERN_DESCRIPTION, msg.noPersonalNumbers());
            } else if (concernDescription.length() > NOTES_LENGTH) {
                found.put(Fields.CONCERN_DESCRIPTION, msg.tooLong(NOTES_LENGTH));
            }
        }
        return with(found);
    }

    /** Whether what was done is to be saved for the pairing: chosen, and not saved already. */
    public boolean needsActivity() {
        return kindOf(kind).isPresent() && !activityRecorded();
    }

    /** The pairing's activity: what was done, on the visit's day, with the notes. */
    public RecordActivity activity() {
        return new RecordActivity(kindOf(kind).orElseThrow(), day().orElseThrow(), blankToNull(notes));
    }

    /** outreach-service's visit, by the member, with the concern if one was found. */
    public RecordVisit visit(String householdId, String memberId) {
        List<RecordVisit.Concern> concerns = hasConcern()
                ? List.of(new RecordVisit.Concern(
                        category().orElseThrow(), urgency(), titleOf(concernDescription), concernDescription))
                : List.of();
        return new RecordVisit(householdId, memberId, day().orElseThrow(), blankToNull(notes), concerns);
    }

    /** The draft remembering that what was done is saved (the activity's id), so that it is not sent again. */
    public HomeVisitDraft withRecordedActivity(String activityId) {
        return new HomeVisitDraft(
                visitedOn,
                kind,
                notes,
                concernCategory,
                concernUrgency,
                concernDescription,
                activityId == null ? "" : activityId,
                activityId == null ? "" : kind,
                errors);
    }

    /** The draft with outreach-service's field errors under the fields they name. */
    public HomeVisitDraft refusedWith(ServiceProblem problem) {
        Map<String, String> found = new LinkedHashMap<>(errors);
        for (ServiceProblem.FieldError error : problem.errors()) {
            String message = error.message() == null ? "" : error.message();
            fieldIdOf(error.field()).ifPresent(id -> found.putIfAbsent(id, message));
        }
        return with(found);
    }

    /**
     * The title a concern's case gets: the description's first line, cut to {@value #TITLE_LENGTH} characters (with
     * an ellipsis when cut).
     */
    static String titleOf(String description) {
        String firstLine = description.strip().lines().findFirst().orElse("").strip();
        if (firstLine.codePointCount(0, firstLine.length()) <= TITLE_LENGTH) {
            return firstLine;
        }
        return firstLine.substring(0, firstLine.offsetByCodePoints(0, TITLE_LENGTH - 1)) + "…";
    }

    /** The ids of the form's fields, which errors, labels and browser tests name. */
    public static final class Fields {
        public static final String VISITED_ON = "home-visit-visitedOn";
        public static final String KIND = "home-visit-kind";
        public static final String NOTES = "home-visit-notes";
        public static final String CONCERN_CATEGORY = "concern-category";
        public static final String CONCERN_URGENCY = "concern-urgency";
        public static final String CONCERN_DESCRIPTION = "concern-description";

        private Fields() {}
    }

    /** Each error with its field's label, for the list at the top of the form that links to the fields. */
    public List<ErrorLink> errorSummary(OutreachMsg msg) {
        List<ErrorLink> links = new ArrayList<>();
        errors.forEach(
                (id, message) -> links.add(new ErrorLink(id, labelOf(id, msg) + msg.labelSeparator() + message)));
        return links;
    }

    /** An error of the form, linking to its field. */
    public record ErrorLink(String fieldId, String text) {}

    private static String labelOf(String id, OutreachMsg msg) {
        return switch (id) {
            case Fields.VISITED_ON -> msg.visitedOnLabel();
            case Fields.KIND -> msg.kindLabel();
            case Fields.NOTES -> msg.notesLabel();
            case Fields.CONCERN_CATEGORY -> msg.concernCategoryLabel();
            case Fields.CONCERN_URGENCY -> msg.concernUrgencyLabel();
            default -> msg.concernDescriptionLabel();
        };
    }

    private static Optional<String> fieldIdOf(String field) {
        if (field == null) {
            return Optional.empty();
        }
        if (field.startsWith("concerns[")) {
            if (field.endsWith(".category")) {
                return Optional.of(Fields.CONCERN_CATEGORY);
            }
            if (field.endsWith(".urgency")) {
                return Optional.of(Fields.CONCERN_URGENCY);
            }
            return Optional.of(Fields.CONCERN_DESCRIPTION);
        }
        return Optional.ofNullable(
                switch (field) {
                    case "visitedOn", "doneOn" -> Fields.VISITED_ON;
                    case "kind" -> Fields.KIND;
                    case "notes" -> Fields.NOTES;
                    default -> null;
                });
    }

    private HomeVisitDraft with(Map<String, String> found) {
        return new HomeVisitDraft(
                visitedOn,
                kind,
                notes,
                concernCategory,
                concernUrgency,
                concernDescription,
                recordedActivity,
                recordedKind,
                found);
    }

    private Optional<LocalDate> day() {
        try {
            return visitedOn.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(visitedOn));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private Optional<Category> category() {
        return Arrays.stream(Category.values())
                .filter(c -> c.name().equals(concernCategory))
                .findFirst();
    }

    private Urgency urgency() {
        return Arrays.stream(Urgency.values())
                .filter(u -> u.name().equals(concernUrgency))
                .findFirst()
                .orElse(Urgency.NORMAL);
    }

    private static Optional<ActivityKind> kindOf(String value) {
        return Arrays.stream(ActivityKind.values())
                .filter(k -> k.name().equals(value))
                .findFirst();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** Whether a concern was entered: a category or a description. */
    public boolean hasConcern() {
        return !concernCategory.isEmpty() || !concernDescription.isEmpty();
    }

    /** Whether what was done is saved already (the visit itself was refused afterwards). */
    public boolean activityRecorded() {
        return !recordedActivity.isEmpty();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The error of a field by its id, or empty. */
    public String error(String fieldId) {
        return errors.getOrDefault(fieldId, "");
    }

    public Map<String, String> errors() {
        return errors;
    }

    public String visitedOn() {
        return visitedOn;
    }

    public String kind() {
        return kind;
    }

    public boolean hasKind(Object option) {
        return String.valueOf(option).equals(kind);
    }

    public String notes() {
        return notes;
    }

    public String concernCategory() {
        return concernCategory;
    }

    public boolean hasCategory(Object option) {
        return String.valueOf(option).equals(concernCategory);
    }

    public boolean hasUrgency(Object option) {
        return String.valueOf(option).equals(concernUrgency);
    }

    public String concernDescription() {
        return concernDescription;
    }

    public String recordedActivity() {
        return recordedActivity;
    }

    /** What was done and is saved already, when {@link #activityRecorded()}. */
    public Optional<ActivityKind> recordedKind() {
        return kindOf(recordedKind);
    }

    public String recordedKindName() {
        return recordedKind;
    }

    /** What was done and is saved already; null when nothing is. */
    public ActivityKind savedKind() {
        return recordedKind().orElse(null);
    }
}
