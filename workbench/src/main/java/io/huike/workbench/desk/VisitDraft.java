package io.huike.workbench.desk;

import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.Urgency;
import io.huike.workbench.clients.ServiceProblem;
import io.huike.workbench.desk.client.RecordVisit;
import io.huike.workbench.layout.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visit form as entered: checked before it is sent, turned into case-service's request, and shown again with
 * what is wrong (ours or the service's), each error under its field by the field's id.
 */
public final class VisitDraft {

    /** Rows the form offers without JavaScript; more can be added with it. */
    public static final int INITIAL_ROWS = 3;
    /** As many matters as case-service takes from one visit. */
    public static final int MAX_ROWS = 20;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");
    private static final Pattern SENT_MATTER = Pattern.compile("matters\\[(\\d+)]\\.(\\w+)");
    private static final Pattern ROW_FIELD = Pattern.compile("matter-(\\d+)-(\\w+)");

    private final String visitedAt;
    private final String roomId;
    private final String dutyMemberId;
    private final String peopleCount;
    private final String visitorName;
    private final String visitorPhone;
    private final String summary;
    private final List<MatterRow> matters;
    private final Map<String, String> errors;

    private VisitDraft(
            String visitedAt,
            String roomId,
            String dutyMemberId,
            String peopleCount,
            String visitorName,
            String visitorPhone,
            String summary,
            List<MatterRow> matters,
            Map<String, String> errors) {
        this.visitedAt = visitedAt;
        this.roomId = roomId;
        this.dutyMemberId = dutyMemberId;
        this.peopleCount = peopleCount;
        this.visitorName = visitorName;
        this.visitorPhone = visitorPhone;
        this.summary = summary;
        this.matters = List.copyOf(matters);
        this.errors = Map.copyOf(errors);
    }

    /** An empty form: now, one person, the given duty member and room, three empty matters. */
    public static VisitDraft fresh(Instant now, String dutyMemberId, String roomId) {
        List<MatterRow> rows = new ArrayList<>();
        for (int i = 0; i < INITIAL_ROWS; i++) {
            rows.add(MatterRow.empty(i));
        }
        return new VisitDraft(
                Formats.inputValue(now), text(roomId), text(dutyMemberId), "1", "", "", "", rows, Map.of());
    }

    /** The form as sent, its matter rows renumbered; at least three rows, at most twenty. */
    public static VisitDraft of(VisitForm form) {
        int count = Math.max(
                Math.max(size(form.matterCategory), size(form.matterDescription)),
                Math.max(size(form.matterUrgency), size(form.matterGrid)));
        List<MatterRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(count, MAX_ROWS); i++) {
            rows.add(new MatterRow(
                    rows.size(),
                    text(at(form.matterCategory, i)),
                    text(at(form.matterUrgency, i)).isEmpty() ? "NORMAL" : text(at(form.matterUrgency, i)),
                    text(at(form.matterGrid, i)),
                    text(at(form.matterDescription, i)),
                    "",
                    "",
                    ""));
        }
        while (rows.size() < INITIAL_ROWS) {
            rows.add(MatterRow.empty(rows.size()));
        }
        return new VisitDraft(
                text(form.visitedAt),
                text(form.roomId),
                text(form.dutyMemberId),
                text(form.peopleCount),
                text(form.visitorName),
                text(form.visitorPhone),
                text(form.summary),
                rows,
                Map.of());
    }

    /** The draft with what is wrong with it before anything is sent; no errors when it can be sent. */
    public VisitDraft checked(DeskMsg msg) {
        Map<String, String> found = new LinkedHashMap<>();
        if (Formats.fromInput(visitedAt) == null) {
            found.put("visit-visitedAt", visitedAt.isEmpty() ? msg.required() : msg.unreadableTime());
        }
        if (dutyMemberId.isEmpty()) {
            found.put("visit-dutyMemberId", msg.required());
        }
        if (people().isEmpty()) {
            found.put("visit-peopleCount", msg.peopleCountRange());
        }
        if (!visitorPhone.isEmpty() && !PHONE.matcher(visitorPhone).matches()) {
            found.put("visit-visitorPhone", msg.phoneFormat());
        }
        if (summary.isEmpty()) {
            found.put("visit-summary", msg.required());
        }
        List<MatterRow> rows = new ArrayList<>();
        for (MatterRow row : matters) {
            if (row.isEmpty()) {
                rows.add(row);
                continue;
            }
            String categoryError = category(row).isPresent() ? "" : msg.matterNeedsCategory();
            String descriptionError = row.description().isEmpty() ? msg.matterNeedsDescription() : "";
            if (!categoryError.isEmpty()) {
                found.put("matter-" + row.index() + "-category", categoryError);
            }
            if (!descriptionError.isEmpty()) {
                found.put("matter-" + row.index() + "-description", descriptionError);
            }
            rows.add(row.withErrors(categoryError, descriptionError, ""));
        }
        return with(rows, found);
    }

    /** case-service's request for this draft; only the rows that are matters. */
    public RecordVisit request() {
        List<RecordVisit.Matter> raised = sentRows().stream()
                .map(row -> new RecordVisit.Matter(
                        category(row).orElseThrow(),
                        Arrays.stream(Urgency.values())
                                .filter(u -> u.name().equals(row.urgency()))
                                .findFirst()
                                .orElse(Urgency.NORMAL),
                        row.description(),
                        row.grid().isEmpty() ? null : row.grid()))
                .toList();
        RecordVisit.Visitor visitor = visitorName.isEmpty() && visitorPhone.isEmpty()
                ? null
                : new RecordVisit.Visitor(blankToNull(visitorName), blankToNull(visitorPhone));
        return new RecordVisit(
                Formats.fromInput(visitedAt),
                blankToNull(roomId),
                dutyMemberId,
                people().orElseThrow(),
                visitor,
                summary,
                raised);
    }

    /** The draft with case-service's field errors under the fields they name. */
    public VisitDraft refusedWith(ServiceProblem problem) {
        Map<String, String> found = new LinkedHashMap<>(errors);
        List<MatterRow> sent = sentRows();
        List<MatterRow> rows = new ArrayList<>(matters);
        for (ServiceProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            String message = error.message() == null ? "" : error.message();
            Matcher matter = SENT_MATTER.matcher(field);
            if (matter.matches() && Integer.parseInt(matter.group(1)) < sent.size()) {
                MatterRow row = sent.get(Integer.parseInt(matter.group(1)));
                String id = row.fieldId(matter.group(2));
                found.put(id, message);
                rows.set(
                        row.index(),
                        id.endsWith("-category")
                                ? row.withErrors(message, row.descriptionError(), row.gridError())
                                : id.endsWith("-grid")
                                        ? row.withErrors(row.categoryError(), row.descriptionError(), message)
                                        : row.withErrors(row.categoryError(), message, row.gridError()));
            } else {
                fieldIdOf(field).ifPresent(id -> found.put(id, message));
            }
        }
        return with(rows, found);
    }

    /** Each error with its field's label, for the list at the top of the form that links to the fields. */
    public List<ErrorLink> errorSummary(DeskMsg msg) {
        List<ErrorLink> links = new ArrayList<>();
        errors.forEach(
                (id, message) -> links.add(new ErrorLink(id, labelOf(id, msg) + msg.labelSeparator() + message)));
        return links;
    }

    /** An error of the form, linking to its field. */
    public record ErrorLink(String fieldId, String text) {}

    private static String labelOf(String id, DeskMsg msg) {
        Matcher matter = ROW_FIELD.matcher(id);
        if (matter.matches()) {
            int number = Integer.parseInt(matter.group(1)) + 1;
            String field = switch (matter.group(2)) {
                case "category" -> msg.categoryLabel();
                case "urgency" -> msg.urgencyLabel();
                case "grid" -> msg.gridLabel();
                default -> msg.descriptionLabel();
            };
            return msg.matterField(number, field);
        }
        return switch (id) {
            case "visit-visitedAt" -> msg.visitedAtLabel();
            case "visit-roomId" -> msg.roomLabel();
            case "visit-dutyMemberId" -> msg.dutyMemberLabel();
            case "visit-peopleCount" -> msg.peopleCountLabel();
            case "visit-visitorName" -> msg.visitorNameLabel();
            case "visit-visitorPhone" -> msg.visitorPhoneLabel();
            default -> msg.summaryLabel();
        };
    }

    private static Optional<String> fieldIdOf(String field) {
        return Optional.ofNullable(
                switch (field) {
                    case "visitedAt" -> "visit-visitedAt";
                    case "roomId" -> "visit-roomId";
                    case "dutyMemberId" -> "visit-dutyMemberId";
                    case "peopleCount" -> "visit-peopleCount";
                    case "visitor.name" -> "visit-visitorName";
                    case "visitor.phone" -> "visit-visitorPhone";
                    case "summary" -> "visit-summary";
                    default -> null;
                });
    }

    private List<MatterRow> sentRows() {
        return matters.stream().filter(row -> !row.isEmpty()).toList();
    }

    private VisitDraft with(List<MatterRow> rows, Map<String, String> found) {
        return new VisitDraft(
                visitedAt, roomId, dutyMemberId, peopleCount, visitorName, visitorPhone, summary, rows, found);
    }

    private Optional<Integer> people() {
        try {
            int n = Integer.parseInt(peopleCount);
            return n >= 1 && n <= 500 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Category> category(MatterRow row) {
        return Arrays.stream(Category.values())
                .filter(c -> c.name().equals(row.category()))
                .findFirst();
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
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

    public String visitedAt() {
        return visitedAt;
    }

    public String roomId() {
        return roomId;
    }

    public String dutyMemberId() {
        return dutyMemberId;
    }

    public String peopleCount() {
        return peopleCount;
    }

    public String visitorName() {
        return visitorName;
    }

    public String visitorPhone() {
        return visitorPhone;
    }

    public String summary() {
        return summary;
    }

    public List<MatterRow> matters() {
        return matters;
    }

    /** The index the next added row gets. */
    public int nextIndex() {
        return matters.size();
    }

    public boolean mayAddRows() {
        return matters.size() < MAX_ROWS;
    }
}
