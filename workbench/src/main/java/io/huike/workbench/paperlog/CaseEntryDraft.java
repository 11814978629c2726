package io.huike.workbench.paperlog;

import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.Urgency;
import io.huike.workbench.clients.ServiceProblem;
import io.huike.workbench.layout.Formats;
import io.huike.workbench.paperlog.client.Channel;
import io.huike.workbench.paperlog.client.RegisterCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A single case from the paper log as entered: the time it really happened (a {@code datetime-local} value read as
 * Beijing time), how it came in, what it is about and who raised it. Checked before it is sent, turned into
 * case-service's registration, and shown again with what is wrong under each field by the field's id.
 */
public final class CaseEntryDraft {

    static final int TITLE_LENGTH = 200;
    static final int DESCRIPTION_LENGTH = 4000;
    static final int NAME_LENGTH = 100;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");

    private final Map<String, String> values;
    private final Map<String, String> errors;

    /** The ids of the form's fields, which errors, labels and browser tests name. */
    public static final class Fields {
        public static final String OCCURRED_AT = "entry-occurredAt";
        public static final String CHANNEL = "entry-channel";
        public static final String CATEGORY = "entry-category";
        public static final String URGENCY = "entry-urgency";
        public static final String GRID = "entry-gridId";
        public static final String TITLE = "entry-title";
        public static final String DESCRIPTION = "entry-description";
        public static final String RESIDENT_NAME = "entry-residentName";
        public static final String RESIDENT_PHONE = "entry-residentPhone";

        private Fields() {}
    }

    /** case-service's names of the request's fields, by the form's field ids. */
    private static final Map<String, String> SENT_AS = Map.of(
            "occurredAt", Fields.OCCURRED_AT,
            "channel", Fields.CHANNEL,
            "category", Fields.CATEGORY,
            "urgency", Fields.URGENCY,
            "gridId", Fields.GRID,
            "title", Fields.TITLE,
            "description", Fields.DESCRIPTION,
            "resident.name", Fields.RESIDENT_NAME,
            "resident.phone", Fields.RESIDENT_PHONE);

    private CaseEntryDraft(Map<String, String> values, Map<String, String> errors) {
        this.values = Map.copyOf(values);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** An empty form: a matter received at the reception room, of normal urgency. */
    public static CaseEntryDraft empty() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(Fields.CHANNEL, Channel.RECEPTION_ROOM.name());
        values.put(Fields.URGENCY, Urgency.NORMAL.name());
        return new CaseEntryDraft(values, Map.of());
    }

    public static CaseEntryDraft of(CaseEntryForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(Fields.OCCURRED_AT, text(form.occurredAt));
        values.put(Fields.CHANNEL, text(form.channel));
        values.put(Fields.CATEGORY, text(form.category));
        values.put(Fields.URGENCY, text(form.urgency).isEmpty() ? Urgency.NORMAL.name() : text(form.urgency));
        values.put(Fields.GRID, text(form.gridId));
        values.put(Fields.TITLE, text(form.title));
        values.put(Fields.DESCRIPTION, text(form.description));
        values.put(Fields.RESIDENT_NAME, text(form.residentName));
        values.put(Fields.RESIDENT_PHONE, text(form.residentPhone));
        return new CaseEntryDraft(values, Map.of());
    }

    /**
     * The draft with what is wrong with it before anything is sent: the time missing, unreadable or in the future;
     * no channel or category; no description; a phone number that is none. How far back the time may go is
     * case-service's to say (its refusal is shown under the time).
     */
    public CaseEntryDraft checked(PaperLogMsg msg, Instant now) {
        Map<String, String> found = new LinkedHashMap<>();
        String time = value(Fields.OCCURRED_AT);
        Instant at = Formats.fromInput(time);
        if (time.isEmpty()) {
            found.put(Fields.OCCURRED_AT, msg.required());
        } else if (at == null) {
            found.put(Fields.OCCURRED_AT, msg.unreadableTime());
        } else if (PaperLogLimit.inFuture(at, now)) {
            found.put(Fields.OCCURRED_AT, msg.timeInFuture());
        }
        if (channel().isEmpty()) {
            found.put(Fields.CHANNEL, msg.chooseFromList());
        }
        if (category().isEmpty()) {
            found.put(Fields.CATEGORY, value(Fields.CATEGORY).isEmpty() ? msg.required() : msg.chooseFromList());
        }
        if (value(Fields.DESCRIPTION).isEmpty()) {
            found.put(Fields.DESCRIPTION, msg.required());
        } else if (value(Fields.DESCRIPTION).length() > DESCRIPTION_LENGTH) {
            found.put(Fields.DESCRIPTION, msg.tooLong(DESCRIPTION_LENGTH));
        }
        if (value(Fields.TITLE).length() > TITLE_LENGTH) {
            found.put(Fields.TITLE, msg.tooLong(TITLE_LENGTH));
        }
        if (value(Fields.RESIDENT_NAME).length() > NAME_LENGTH) {
            found.put(Fields.RESIDENT_NAME, msg.tooLong(NAME_LENGTH));
        }
        String phone = value(Fields.RESIDENT_PHONE);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            found.put(Fields.RESIDENT_PHONE, msg.phoneFormat());
        }
        return new CaseEntryDraft(values, found);
    }

    /** case-service's registration for this draft, with the time it really happened. */
    public RegisterCase request() {
        String name = value(Fields.RESIDENT_NAME);
        String phone = value(Fields.RESIDENT_PHONE);
        return new RegisterCase(
                channel().orElseThrow(),
                category().orElseThrow(),
                Arrays.stream(Urgency.values())
                        .filter(u -> u.name().equals(value(Fields.URGENCY)))
                        .findFirst()
                        .orElse(Urgency.NORMAL),
                blankToNull(value(Fields.TITLE)),
                value(Fields.DESCRIPTION),
                blankToNull(value(Fields.GRID)),
                name.isEmpty() && phone.isEmpty()
                        ? null
                        : new RegisterCase.Resident(blankToNull(name), blankToNull(phone)),
                occurredAt());
    }

    /** The time the case really happened, read as Beijing time; null if none or unreadable. */
    public Instant occurredAt() {
        return Formats.fromInput(value(Fields.OCCURRED_AT));
    }

    /**
     * The draft with case-service's field errors under the fields they name; {@code tooOld}, when given, replaces
     * the service's words for a time further back than the community allows.
     */
    public CaseEntryDraft refusedWith(ServiceProblem problem, String tooOld) {
        Map<String, String> found = new LinkedHashMap<>(errors);
        for (ServiceProblem.FieldError error : problem.errors()) {
            String id = SENT_AS.get(error.field() == null ? "" : error.field());
            if (id == null) {
                continue;
            }
            boolean old = tooOld != null && "paper-log-too-old".equals(problem.slug());
            found.put(id, old ? tooOld : error.message() == null ? "" : error.message());
        }
        return new CaseEntryDraft(values, found);
    }

    /** Each error with its field's label, for the list at the top of the form that links to the fields. */
    public List<ErrorLink> errorSummary(PaperLogMsg msg) {
        List<ErrorLink> links = new ArrayList<>();
        errors.forEach(
                (id, message) -> links.add(new ErrorLink(id, labelOf(id, msg) + msg.labelSeparator() + message)));
        return links;
    }

    /** An error of the form, linking to its field. */
    public record ErrorLink(String fieldId, String text) {}

    private static String labelOf(String id, PaperLogMsg msg) {
        return switch (id) {
            case Fields.OCCURRED_AT -> msg.occurredAtLabel();
            case Fields.CHANNEL -> msg.channelLabel();
            case Fields.CATEGORY -> msg.categoryLabel();
            case Fields.URGENCY -> msg.urgencyLabel();
            case Fields.GRID -> msg.gridLabel();
            case Fields.TITLE -> msg.titleLabel();
            case Fields.RESIDENT_NAME -> msg.residentNameLabel();
            case Fields.RESIDENT_PHONE -> msg.residentPhoneLabel();
            default -> msg.descriptionLabel();
        };
    }

    private Optional<Channel> channel() {
        return Arrays.stream(Channel.values())
                .filter(c -> c.name().equals(value(Fields.CHANNEL)))
                .findFirst();
    }

    private Optional<Category> category() {
        return Arrays.stream(Category.values())
                .filter(c -> c.name().equals(value(Fields.CATEGORY)))
                .findFirst();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** What was entered in a field, by its id. */
    public String value(String fieldId) {
        return values.getOrDefault(fieldId, "");
    }

    /** Whether an option of a select is the one entered in the field. */
    public boolean chose(String fieldId, Object option) {
        return String.valueOf(option).equals(value(fieldId));
    }

    /** The error of a field by its id, or empty. */
    public String error(String fieldId) {
        return errors.getOrDefault(fieldId, "");
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> errors() {
        return errors;
    }
}
