package io.huike.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huike.kernel.cases.CaseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseTest {

    private static final Instant REGISTERED = Instant.parse("2026-05-06T01:30:00Z");
    private static final Case.Deadlines DEADLINES =
            new Case.Deadlines(REGISTERED.plus(Duration.ofDays(1)), REGISTERED.plus(Duration.ofDays(5)));

    private static Case newCase() {
        return Case.register(
                        new Case.NewCaseFacts(
                                "gulou",
                                Channel.RECEPTION_ROOM,
                                new Case.Matter(Category.WATER_DRAINAGE, null, "grid-3", "污水管堵塞", "杨先生家门口污水管堵塞"),
                                new Case.Resident("杨先生", "13812345678", null),
                                Case.Origin.DESK,
                                "desk"),
                        "GL-2026-000001",
                        DEADLINES,
                        REGISTERED,
                        REGISTERED)
                .registered();
    }

    private static Case inProgress() {
        Case c = newCase();
        c.assign("m-wang", false, "admin", REGISTERED);
        c.start("m-wang", ContactMethod.PHONE, REGISTERED.plusSeconds(600));
        return c;
    }

    @Test
    void everyChangeMovesTheSequenceOnByOne() {
        Case c = inProgress();

        assertThat(c.sequence()).isEqualTo(3);
        assertThat(c.firstContactAt()).isEqualTo(REGISTERED.plusSeconds(600));
    }

    @Test
    void anOutcomeThatIsNotAFullSolutionMustSayWhy() {
        assertThatThrownBy(() -> inProgress().resolve(Outcome.NOT_RESOLVABLE, null, null, "查看现场", REGISTERED))
                .isInstanceOfSatisfying(
                        CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> inProgress().resolve(Outcome.PARTLY_RESOLVED, " ", null, "疏通一半", REGISTERED))
                .isInstanceOf(CaseRuleViolation.class);
        assertThatThrownBy(() -> inProgress().resolve(Outcome.REFERRED_ELSEWHERE, null, null, "告知居民", REGISTERED))
                .isInstanceOfSatisfying(
                        CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("referredTo"));
        assertThatThrownBy(() -> inProgress().resolve(Outcome.DUPLICATE, null, null, "同上", REGISTERED))
                .isInstanceOfSatisfying(
                        CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("outcome"));
    }

    @Test
    void aRefusedResolutionLeavesTheCaseAsItWas() {
        Case c = inProgress();
        long before = c.sequence();

        assertThatThrownBy(() -> c.resolve(Outcome.NOT_RESOLVABLE, null, null, "查看现场", REGISTERED));

        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(c.sequence()).isEqualTo(before);
        assertThat(c.outcome()).isNull();
    }

    @Test
    void reopeningRestartsTheClockAndCountsTheReopening() {
        Case c = inProgress();
        c.resolve(Outcome.RESOLVED, null, null, "已疏通", REGISTERED.plusSeconds(3600));
        c.giveFeedback(
                ContactMethod.PHONE,
                REGISTERED.plusSeconds(7200),
                Satisfaction.UNSATISFIED,
                "又堵了",
                PaperLog.DEFAULT,
                REGISTERED.plusSeconds(7200));
        Instant reopenedAt = REGISTERED.plus(Duration.ofDays(2));
        Case.Deadlines restarted =
                new Case.Deadlines(reopenedAt.plus(Duration.ofDays(1)), reopenedAt.plus(Duration.ofDays(5)));

        CaseReopened event = c.reopen("雨后又堵", restarted, reopenedAt);

        assertThat(c.status()).isEqualTo(CaseStatus.REOPENED);
        assertThat(event.reopenCount()).isEqualTo(1);
        assertThat(c.firstContactAt()).isNull();
        assertThat(c.feedbackDueAt()).isEqualTo(restarted.feedbackDueAt());
        assertThat(c.outcome()).isNull();
    }

    @Test
    void theResidentCannotHaveBeenToldInTheFutureSoNoDeadlineIsMetByAPromise() {
        Case c = inProgress();
        Instant now = REGISTERED.plusSeconds(3600);
        c.resolve(Outcome.RESOLVED, null, null, "已疏通", now);

        assertThatThrownBy(() -> c.giveFeedback(
                        ContactMethod.PHONE,
                        now.plus(Duration.ofMinutes(6)),
                        Satisfaction.SATISFIED,
                        null,
                        PaperLog.DEFAULT,
                        now))
                .isInstanceOfSatisfying(
                        CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("toldAt"));
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.feedbackAt()).isNull();

        c.giveFeedback(
                ContactMethod.PHONE,
                now.plus(Duration.ofMinutes(4)),
                Satisfaction.SATISFIED,
                null,
                PaperLog.DEFAULT,
                now);
        assertThat(c.feedbackAt()).isEqualTo(now.plus(Duration.ofMinutes(4)));
    }

    @Test
    void aReferralCannotHaveBeenAnsweredInTheFuture() {
        Case c = inProgress();
        UUID referral = UUID.randomUUID();
        Instant now = REGISTERED.plusSeconds(3600);
        c.refer(referral, "区水务局", null, null, now);

        assertThatThrownBy(() ->
                        c.answerReferral(referral, "区水务局", now, now.plus(Duration.ofDays(1)), PaperLog.DEFAULT, now))
                .isInstanceOfSatisfying(
                        CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("repliedAt"));
        assertThat(c.status()).isEqualTo(CaseStatus.REFERRED);
    }

    @Test
    void theResidentCannotHaveBeenToldBeforeTheCaseWasRegistered() {
        Case c = inProgress();
        Instant now = REGISTERED.plus(Duration.ofDays(2));
        c.resolve(Outcome.RESOLVED, null, null, "已疏通", now);

        assertThatThrownBy(() -> c.giveFeedback(
                        ContactMethod.PHONE,
                        REGISTERED.minus(Duration.ofMinutes(6)),
                        Satisfaction.SATISFIED,
                        null,
                        PaperLog.DEFAULT,
                        now))
                .isInstanceOfSatisfying(
                        CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("toldAt"));
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);

        c.giveFeedback(
                ContactMethod.PHONE,
                REGISTERED.minus(Duration.ofMinutes(4)),
                Satisfaction.SATISFIED,
                null,
                PaperLog.DEFAULT,
                now);
        assertThat(c.status()).isEqualTo(CaseStatus.FEEDBACK_GIVEN);
    }

    @Test
    void feedbackAfterAReopeningCannotHaveBeenGivenBeforeIt() {
        Case c = inProgress();
        Instant firstRound = REGISTERED.plus(Duration.ofDays(1));
        c.resolve(Outcome.RESOLVED, null, null, "已疏通", firstRound);
        c.giveFeedback(ContactMethod.PHONE, firstRound, Satisfaction.UNSATISFIED, null, PaperLog.DEFAULT, firstRound);
        Instant reopenedAt = REGISTERED.plus(Duration.ofDays(3));
        c.reopen(
                "雨后又堵",
                new Case.Deadlines(reopenedAt.plus(Duration.ofDays(1)), reopenedAt.plus(Duration.ofDays(5))),
                reopenedAt);
        c.start("m-wang", ContactMethod.PHONE, reopenedAt);
        Instant now = reopenedAt.plus(Duration.ofDays(1));
        c.resolve(Outcome.RESOLVED, null, null, "换了管道", now);

        assertThatThrownBy(() -> c.giveFeedback(
                        ContactMethod.PHONE, firstRound, Satisfaction.SATISFIED, null, PaperLog.DEFAULT, now))
                .isInstanceOfSatisfying(
                        CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("toldAt"));
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);

        c.giveFeedback(
                ContactMethod.PHONE,
                reopenedAt.plus(Duration.ofHours(2)),
                Satisfaction.SATISFIED,
                null,
                PaperLog.DEFAULT,
                now);
        assertThat(c.status()).isEqualTo(CaseStatus.FEEDBACK_GIVEN);
    }

    @Test
    void aReferralCannotHaveBeenAnsweredBeforeItWasMade() {
        Case c = inProgress();
        UUID referral = UUID.randomUUID();
        Instant referredAt = REGISTERED.plusSeconds(3600);
        c.refer(referral, "区水务局", null, null, referredAt);
        Instant now = referredAt.plus(Duration.ofDays(3));

        assertThatThrownBy(() -> c.answerReferral(
                        referral, "区水务局", referredAt, referredAt.minus(Duration.ofMinutes(6)), PaperLog.DEFAULT, now))
                .isInstanceOfSatisfying(
                        CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("repliedAt"));
        assertThat(c.status()).isEqualTo(CaseStatus.REFERRED);

        c.answerReferral(referral, "区水务局", referredAt, referredAt.plus(Duration.ofDays(1)), PaperLog.DEFAULT, now);
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void aReplyOrFeedbackFurtherBackThanThePaperLogAllowsIsRefusedAndChangesNothing() {
        Case c = inProgress();
        UUID referral = UUID.randomUUID();
        Instant referredAt = REGISTERED.plusSeconds(3600);
        c.refer(referral, "区水务局", null, null, referredAt);
        Instant now = REGISTERED.plus(Duration.ofDays(20));

        assertThatThrownBy(() -> c.answerReferral(
                        referral, "区水务局", referredAt, referredAt.plus(Duration.ofDays(1)), new PaperLog(10), now))
                .isInstanceOfSatisfying(PaperLog.TooOld.class, v -> {
                    assertThat(v.field()).isEqualTo("repliedAt");
                    assertThat(v.maxAgeDays()).isEqualTo(10);
                });
        assertThat(c.status()).isEqualTo(CaseStatus.REFERRED);

        c.answerReferral(referral, "区水务局", referredAt, now.minus(Duration.ofDays(9)), new PaperLog(10), now);
        c.resolve(Outcome.RESOLVED, null, null, "已疏通", now);

        assertThatThrownBy(() -> c.giveFeedback(
                        ContactMethod.PHONE,
                        now.minus(Duration.ofDays(11)),
                        Satisfaction.SATISFIED,
                        null,
                        new PaperLog(10),
                        now))
                .isInstanceOfSatisfying(
                        PaperLog.TooOld.class, v -> assertThat(v.field()).isEqualTo("toldAt"));
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.feedbackAt()).isNull();
    }

    @Test
    void eachPassedDeadlineIsAnnouncedExactlyOnce() {
        Case c = newCase();
        Instant muchLater = REGISTERED.plus(Duration.ofDays(10));

        var first = c.markOverdue(muchLater);
        var second = c.markOverdue(muchLater);
        var third = c.markOverdue(muchLater.plusSeconds(60));

        assertThat(first).hasValueSatisfying(e -> assertThat(e.deadline()).isEqualTo(DeadlineKind.FIRST_CONTACT));
        assertThat(second).hasValueSatisfying(e -> assertThat(e.deadline()).isEqualTo(DeadlineKind.FEEDBACK));
        assertThat(third).isEmpty();
        assertThat(c.isOverdue(muchLater)).isTrue();
    }

    @Test
    void aMetFirstContactIsNeverOverdue() {
        Case c = inProgress();

        assertThat(c.markOverdue(REGISTERED.plus(Duration.ofDays(2)))).isEmpty();
    }

    @Test
    void anExtensionMustBeAskedBeforeTheDeadlineAndMoveItLater() {
        Case c = inProgress();
        Instant due = c.feedbackDueAt();

        assertThatThrownBy(() ->
                        c.requestExtension(DeadlineKind.FEEDBACK, due.plusSeconds(60), "等待施工", due.plusSeconds(1)))
                .isInstanceOf(CaseRuleViolation.class);
        assertThatThrownBy(() -> c.requestExtension(DeadlineKind.FEEDBACK, due.minusSeconds(60), "等待施工", REGISTERED))
                .isInstanceOf(CaseRuleViolation.class);

        c.requestExtension(DeadlineKind.FEEDBACK, due.plus(Duration.ofDays(7)), "等待施工", REGISTERED);
        CaseExtended extended = c.approveExtension("admin");

        assertThat(extended.previousDueAt()).isEqualTo(due);
        assertThat(c.feedbackDueAt()).isEqualTo(due.plus(Duration.ofDays(7)));
        assertThat(c.pendingExtensionKind()).isNull();
    }

    @Test
    void aCaseCannotDuplicateItselfOrADuplicate() {
        Case original = newCase();
        Case copy = newCase();
        Case third = newCase();
        copy.linkAsDuplicateOf(original, "desk", REGISTERED);

        assertThatThrownBy(() -> original.linkAsDuplicateOf(original, "desk", REGISTERED))
                .isInstanceOf(CaseRuleViolation.class);
        assertThatThrownBy(() -> third.linkAsDuplicateOf(copy, "desk", REGISTERED))
                .isInstanceOf(CaseRuleViolation.class);
        assertThat(copy.duplicateOf()).isEqualTo(original.id());
    }
}
