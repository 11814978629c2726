package io.huike.workbench.cases;

import io.huike.workbench.cases.client.CaseCommands;
import io.huike.workbench.layout.Formats;
import io.huike.workbench.layout.Msg;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a case form's fields into the body of its action, or says which fields are missing or unreadable before
 * anything is sent. Times come from {@code datetime-local} fields and are read as Beijing time.
 */
final class ActionCommand {

    private final ActionFields fields;
    private final Msg msg;
    private final Map<String, String> errors = new LinkedHashMap<>();

    ActionCommand(ActionFields fields, Msg msg) {
        this.fields = fields;
        this.msg = msg;
    }

    /** The field errors found so far, by field name; empty when the form can be sent. */
    Map<String, String> errors() {
        return errors;
    }

    /** The body of the form's action, or null for actions without one (closing, approving, signing for). */
    Object body(CaseForm form) {
        return switch (form) {
            case ASSIGN -> new CaseCommands.Assign(required("memberId", fields.memberId));
            case START ->
                new CaseCommands.Start(choice("contactMethod", fields.contactMethod, ContactMethod.class, true));
            case REFER ->
                new CaseCommands.Refer(
                        required("body", fields.body),
                        optional(fields.contact),
                        optional(fields.theirReference),
                        date("expectedReplyBy", fields.expectedReplyBy));
            case ANSWER_REFERRAL -> {
                required("referralId", fields.referralId);
                yield new CaseCommands.AnswerReferral(
                        required("answer", fields.answer), time("repliedAt", fields.repliedAt, true));
            }
            case ESCALATE ->
                new CaseCommands.Escalate(
                        month("meetingMonth", fields.meetingMonth), required("reason", fields.reason));
            case ANSWER_ESCALATION -> new CaseCommands.AnswerEscalation(required("decision", fields.decision));
            case RESOLVE ->
                new CaseCommands.Resolve(
                        choice("outcome", fields.outcome, Outcome.class, true),
                        optional(fields.reason),
                        optional(fields.referredTo),
                        required("actionsTaken", fields.actionsTaken));
            case GIVE_FEEDBACK ->
                new CaseCommands.GiveFeedback(
                        choice("method", fields.method, ContactMethod.class, true),
                        time("toldAt", fields.toldAt, true),
                        choice("satisfaction", fields.satisfaction, Satisfaction.class, true),
                        optional(fields.comment));
            case REOPEN -> new CaseCommands.Reopen(required("reason", fields.reason));
            case HOTLINE_RETURN -> new CaseCommands.ReturnToHotline(required("reason", fields.reason));
            case HOTLINE_REPLY -> new CaseCommands.ReplyToHotline(required("reply", fields.reply));
            case REQUEST_EXTENSION ->
                new CaseCommands.RequestExtension(
                        choice("deadline", fields.deadline, DeadlineKind.class, true),
                        time("until", fields.until, true),
                        required("reason", fields.reason));
            case NOTE -> new CaseCommands.Note(required("text", fields.text), fields.shareable != null);
            case CLOSE, APPROVE_EXTENSION, HOTLINE_ACKNOWLEDGE -> null;
        };
    }

    private String required(String field, String value) {
        String given = optional(value);
        if (given == null) {
            errors.put(field, msg.fieldRequired());
        }
        return given;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean needed) {
        String given = optional(value);
        if (given == null) {
            if (needed) {
                errors.put(field, msg.fieldRequired());
            }
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(given))
                .findFirst()
                .orElseGet(() -> {
                    errors.put(field, msg.fieldUnreadable());
                    return null;
                });
    }

    private Instant time(String field, String value, boolean needed) {
        if (optional(value) == null) {
            if (needed) {
                errors.put(field, msg.fieldRequired());
            }
            return null;
        }
        Instant at = Formats.fromInput(value);
        if (at == null) {
            errors.put(field, msg.fieldUnreadable());
        }
        return at;
    }

    private LocalDate date(String field, String value) {
        String given = optional(value);
        if (given == null) {
            return null;
        }
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException unreadable) {
            errors.put(field, msg.fieldUnreadable());
            return null;
        }
    }

    private String month(String field, String value) {
        String given = required(field, value);
        if (given == null) {
            return null;
        }
        try {
            return YearMonth.parse(given).toString();
        } catch (DateTimeParseException unreadable) {
            errors.put(field, msg.fieldUnreadable());
            return null;
        }
    }
}
