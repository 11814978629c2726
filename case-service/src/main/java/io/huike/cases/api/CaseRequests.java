package io.huike.cases.api;

import io.huike.cases.Case;
import io.huike.cases.Category;
import io.huike.cases.Channel;
import io.huike.cases.ContactMethod;
import io.huike.cases.DeadlineKind;
import io.huike.cases.HotlineTerms;
import io.huike.cases.Outcome;
import io.huike.cases.PaperLog;
import io.huike.cases.Satisfaction;
import io.huike.cases.Urgency;
import io.huike.cases.deadlines.DeadlineRule;
import io.huike.plumbing.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the case API. */
public final class CaseRequests {

    private CaseRequests() {}

    /** Digits with an optional leading +, spaces or dashes: how phone numbers are written at the desk. */
    static final String PHONE = "\\+?[0-9][0-9 -]{4,19}";
    /** The 18-character resident ID number (last character may be X). */
    static final String ID_NUMBER = "[0-9]{17}[0-9Xx]";

    static final String CODE = "[A-Za-z0-9_-]+";

    /** The resident who raised the matter; all optional, all personal data. */
    public record ResidentContact(
            @Size(max = 100) @PlainText String name,

            @Pattern(regexp = PHONE, message = "digits, spaces and dashes, 5 to 20")
            String phone,

            @Pattern(regexp = ID_NUMBER, message = "an 18-character resident ID number")
            String idNumber) {}

    /** A case as the desk registers it. */
    public record RegisterCase(
            @NotNull Channel channel,
            @NotNull Category category,
            Urgency urgency,
            @Size(max = 200) @PlainText String title,
            @NotBlank @Size(max = 4000) @PlainText String description,

            @Size(max = 64) @Pattern(regexp = CODE, message = "letters, digits, '-' and '_' only")
            String gridId,

            @Valid ResidentContact resident,

            @Schema(
                    description = "When the matter was really raised, if earlier than now (an entry from the paper"
                            + " log): not in the future, not further back than the community's paperLogMaxAgeDays."
                            + " Left out: now.",
                    example = "2026-05-06T01:30:00Z")
            Instant occurredAt) {}

    /** A case pushed by the 12345 hotline system. */
    public record HotlineCase(
            @NotBlank @Size(max = 100) @Pattern(regexp = CODE, message = "letters, digits, '-' and '_' only")
            String hotlineReference,

            @NotNull Category category,
            Urgency urgency,
            @Size(max = 200) @PlainText String title,
            @NotBlank @Size(max = 4000) @PlainText String description,

            @Size(max = 64) @Pattern(regexp = CODE, message = "letters, digits, '-' and '_' only")
            String gridId,

            @Valid ResidentContact resident) {}

    /** One matter raised during a reception visit. */
    public record RaisedMatter(
            @NotNull Category category,
            Urgency urgency,
            @Size(max = 200) @PlainText String title,
            @NotBlank @Size(max = 4000) @PlainText String description,

            @Size(max = 64) @Pattern(regexp = CODE, message = "letters, digits, '-' and '_' only")
            String gridId) {}

    /** A visit received at the reception room, with the matters it raised (zero or more). */
    public record RecordVisit(
            @NotNull Instant visitedAt,

            @Size(max = 64) @Pattern(regexp = CODE, message = "letters, digits, '-' and '_' only")
            String roomId,

            @NotBlank @Size(max = 100) @Pattern(regexp = CODE, message = "letters, digits, '-' and '_' only")
            String dutyMemberId,

            @NotNull @Min(1) @Max(500) Integer peopleCount,
            @Valid ResidentContact visitor,
            @NotBlank @Size(max = 4000) @PlainText String summary,
            @Size(max = 20) List<@NotNull @Valid RaisedMatter> matters) {}

    public record Assign(
            @NotBlank @Size(max = 100) @Pattern(regexp = CODE, message = "letters, digits, '-' and '_' only")
            String memberId) {}

    public record Start(@NotNull ContactMethod contactMethod) {}

    public record Refer(
            @NotBlank @Size(max = 200) @PlainText String body,
            @Size(max = 200) @PlainText String contact,
            @Size(max = 100) @PlainText String theirReference,
            LocalDate expectedReplyBy) {}

    public record AnswerReferral(
            @NotBlank @Size(max = 4000) @PlainText String answer,
            @NotNull Instant repliedAt) {}

    public record Escalate(
            @NotNull YearMonth meetingMonth,
            @NotBlank @Size(max = 2000) @PlainText String reason) {}

    public record AnswerEscalation(
            @NotBlank @Size(max = 4000) @PlainText String decision) {}

    public record Resolve(
            @NotNull Outcome outcome,
            @Size(max = 2000) @PlainText String reason,
            @Size(max = 200) @PlainText String referredTo,
            @NotBlank @Size(max = 4000) @PlainText String actionsTaken) {}

    public record GiveFeedback(
            @NotNull ContactMethod method,
            @NotNull Instant toldAt,
            @NotNull Satisfaction satisfaction,
            @Size(max = 2000) @PlainText String comment) {}

    public record Reopen(
            @NotBlank @Size(max = 2000) @PlainText String reason) {}

    public record LinkDuplicate(@NotNull UUID duplicateOf) {}

    public record RequestExtension(
            @NotNull DeadlineKind deadline,
            @NotNull Instant until,
            @NotBlank @Size(max = 2000) @PlainText String reason) {}

    /** 退单: why the work order is not this community's. */
    public record ReturnToHotline(
            @NotBlank @Size(max = 2000) @PlainText String reason) {}

    /** 回复: the result as the resident is to be told it. */
    public record ReplyToHotline(
            @NotBlank @Size(max = 4000) @PlainText String reply) {}

    /** The hotline's decision on the extension a community asked it for. */
    public record ExtensionDecision(
            @NotNull Boolean approved,
            @Size(max = 2000) @PlainText String note) {}

    /** 回访: what the resident told the hotline when it called back, and when (now if left out). */
    public record HotlineCallback(
            @NotNull Satisfaction satisfaction,
            @Size(max = 2000) @PlainText String comment,
            Instant calledAt) {}

    /** A hotline's own time limits, in minutes from the order's dispatch. */
    public record HotlineTermsBody(
            @NotNull @Min(1) @Max(HotlineTerms.MAX_MINUTES) Integer acknowledgeWithinMinutes,
            @NotNull @Min(1) @Max(HotlineTerms.MAX_MINUTES) Integer returnWithinMinutes) {}

    public record Note(
            @NotBlank @Size(max = 4000) @PlainText String text, boolean shareable) {}

    /** A community's case settings; in a PUT, a field left out keeps its current value. */
    public record Settings(
            @Schema(description = "Whether closing a case needs the community admin's approval (default true)")
            Boolean closingRequiresAdmin,

            @Schema(
                    description = "How many days back what happened may be typed in from the paper log (reception"
                            + " visits, case registrations, referral answers, feedback): 1 to 366, default 30,"
                            + " counted in calendar days",
                    example = "30")
            @Min(PaperLog.MIN_DAYS)
            @Max(PaperLog.MAX_DAYS)
            Integer paperLogMaxAgeDays) {}

    /** A community's deadlines for one category and urgency, each 1h to 240h or 1wd to 30wd. */
    public record DeadlineRules(
            @Schema(description = DeadlineRule.DESCRIPTION + " First contact with the resident.", example = "4h")
            @NotBlank
            @Pattern(regexp = DeadlineRule.PATTERN, message = DeadlineRule.PATTERN_MESSAGE)
            String firstContact,

            @Schema(description = DeadlineRule.DESCRIPTION + " Feedback of the result.", example = "5wd")
            @NotBlank
            @Pattern(regexp = DeadlineRule.PATTERN, message = DeadlineRule.PATTERN_MESSAGE)
            String feedback) {}

    /** The title given, or the start of the description's first line when none was. */
    public static String titleOf(String title, String description) {
        return Case.Matter.titleOf(title, description);
    }

    /** The resident as the case keeps them: the phone as digits, the ID number in capitals. */
    public static Case.Resident residentOf(ResidentContact resident) {
        return resident == null
                ? Case.Resident.UNKNOWN
                : new Case.Resident(nameOf(resident), phoneOf(resident), idOf(resident));
    }

    public static String nameOf(ResidentContact resident) {
        return resident == null ? null : resident.name();
    }

    /** The phone number as digits (and a leading +), however it was written at the desk. */
    public static String phoneOf(ResidentContact resident) {
        return resident == null || resident.phone() == null
                ? null
                : resident.phone().replaceAll("[ -]", "");
    }

    public static String idOf(ResidentContact resident) {
        return resident == null || resident.idNumber() == null
                ? null
                : resident.idNumber().toUpperCase(java.util.Locale.ROOT);
    }
}
