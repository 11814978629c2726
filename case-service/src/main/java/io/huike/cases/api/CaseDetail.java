package io.huike.cases.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.huike.cases.TimelineKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One case with its timeline and referrals. */
public record CaseDetail(@JsonUnwrapped CaseView caseView, List<TimelineLine> timeline, List<ReferralView> referrals) {

    /** One timeline line: when it happened, and when it was typed in if that was later (else null). */
    public record TimelineLine(
            Instant at, String actor, TimelineKind kind, boolean shareable, String text, Instant enteredAt) {}

    /** A referral to an outside body and its reply. */
    public record ReferralView(
            UUID id,
            String body,
            String contact,
            String theirReference,
            LocalDate expectedReplyBy,
            Instant referredAt,
            String answer,
            Instant repliedAt,
            Instant answerRecordedAt) {}
}
