package io.huike.workbench.cases.client;

import io.huike.workbench.cases.ContactMethod;
import io.huike.workbench.cases.DeadlineKind;
import io.huike.workbench.cases.Outcome;
import io.huike.workbench.cases.Satisfaction;
import java.time.Instant;
import java.time.LocalDate;

/** The bodies of case-service's lifecycle actions. */
public final class CaseCommands {

    private CaseCommands() {}

    public record Assign(String memberId) {}

    public record Start(ContactMethod contactMethod) {}

    public record Refer(String body, String contact, String theirReference, LocalDate expectedReplyBy) {}

    public record AnswerReferral(String answer, Instant repliedAt) {}

    /** {@code meetingMonth} as {@code 2026-05}. */
    public record Escalate(String meetingMonth, String reason) {}

    public record AnswerEscalation(String decision) {}

    public record Resolve(Outcome outcome, String reason, String referredTo, String actionsTaken) {}

    public record GiveFeedback(ContactMethod method, Instant toldAt, Satisfaction satisfaction, String comment) {}

    public record Reopen(String reason) {}

    public record ReturnToHotline(String reason) {}

    public record ReplyToHotline(String reply) {}

    public record RequestExtension(DeadlineKind deadline, Instant until, String reason) {}

    public record Note(String text, boolean shareable) {}
}
