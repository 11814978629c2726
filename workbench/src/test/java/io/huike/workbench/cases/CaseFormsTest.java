package io.huike.workbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.kernel.cases.CaseStatus;
import io.huike.kernel.roles.Roles;
import io.huike.workbench.cases.client.CaseRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseFormsTest {

    static final Instant NOW = Instant.parse("2026-05-06T02:00:00Z");
    static final Set<String> DUTY = Set.of(Roles.DUTY_MEMBER);
    static final Set<String> HANDLER = Set.of(Roles.CASE_HANDLER);
    static final Set<String> ADMIN = Set.of(Roles.COMMUNITY_ADMIN);
    static final Set<String> SUPERVISOR = Set.of(Roles.DISTRICT_SUPERVISOR);

    @Test
    void anInProgressCaseOffersReferringEscalatingAndResolvingToAHandler() {
        CaseRecord c = caseIn(
                CaseStatus.IN_PROGRESS,
                EnumSet.of(CaseAction.ASSIGN, CaseAction.REFER, CaseAction.ESCALATE, CaseAction.RESOLVE));

        assertThat(CaseForms.offered(c, HANDLER, true, NOW))
                .containsExactly(
                        CaseForm.REFER, CaseForm.ESCALATE, CaseForm.RESOLVE, CaseForm.REQUEST_EXTENSION, CaseForm.NOTE);
    }

    @Test
    void onlyTheAdminAssignsAndADutyMemberCannotEscalate() {
        CaseRecord c = caseIn(
                CaseStatus.IN_PROGRESS,
                EnumSet.of(CaseAction.ASSIGN, CaseAction.REFER, CaseAction.ESCALATE, CaseAction.RESOLVE));

        assertThat(CaseForms.offered(c, DUTY, true, NOW)).doesNotContain(CaseForm.ASSIGN, CaseForm.ESCALATE);
        assertThat(CaseForms.offered(c, ADMIN, true, NOW)).contains(CaseForm.ASSIGN, CaseForm.ESCALATE);
    }

    @Test
    void closingThatNeedsTheAdminIsOfferedToTheAdminOnlyAndTheOthersAreToldItWaits() {
        CaseRecord c = caseIn(CaseStatus.FEEDBACK_GIVEN, EnumSet.of(CaseAction.CLOSE, CaseAction.REOPEN));

        assertThat(CaseForms.offered(c, HANDLER, true, NOW)).doesNotContain(CaseForm.CLOSE);
        assertThat(CaseForms.closingAwaitsAdmin(c, HANDLER, true)).isTrue();
        assertThat(CaseForms.offered(c, ADMIN, true, NOW)).contains(CaseForm.CLOSE);
        assertThat(CaseForms.closingAwaitsAdmin(c, ADMIN, true)).isFalse();
        assertThat(CaseForms.offered(c, HANDLER, false, NOW)).contains(CaseForm.CLOSE);
    }

    @Test
    void aSupervisorReadsButIsOfferedNothing() {
        CaseRecord c = caseIn(CaseStatus.IN_PROGRESS, EnumSet.of(CaseAction.REFER, CaseAction.RESOLVE));

        assertThat(CaseForms.offered(c, SUPERVISOR, true, NOW)).isEmpty();
    }

    @Test
    void answeringAReferralNeedsAReferralThatAwaitsItsAnswer() {
        CaseRecord waiting = caseIn(
                CaseStatus.REFERRED,
                EnumSet.of(CaseAction.ANSWER_REFERRAL),
                List.of(new CaseRecord.ReferralRecord("r1", "市政维修公司", null, null, null, NOW, null, null)));
        CaseRecord answered = caseIn(
                CaseStatus.REFERRED,
                EnumSet.of(CaseAction.ANSWER_REFERRAL),
                List.of(new CaseRecord.ReferralRecord("r1", "市政维修公司", null, null, null, NOW, "已修复", NOW)));

        assertThat(CaseForms.offered(waiting, DUTY, true, NOW)).contains(CaseForm.ANSWER_REFERRAL);
        assertThat(CaseForms.offered(answered, DUTY, true, NOW)).doesNotContain(CaseForm.ANSWER_REFERRAL);
    }

    @Test
    void moreTimeCanBeAskedOnlyForDeadlinesThatStillRun() {
        CaseRecord contacted = new CaseRecordBuilder(CaseStatus.IN_PROGRESS)
                .firstContact(new CaseRecord.Deadline(NOW.plus(Duration.ofHours(2)), NOW, false))
                .feedback(new CaseRecord.Deadline(NOW.plus(Duration.ofDays(3)), null, false))
                .build();
        CaseRecord late = new CaseRecordBuilder(CaseStatus.IN_PROGRESS)
                .firstContact(new CaseRecord.Deadline(NOW.minus(Duration.ofHours(2)), null, true))
                .feedback(new CaseRecord.Deadline(NOW.minus(Duration.ofHours(1)), null, true))
                .build();

        assertThat(CaseForms.extendable(contacted, NOW)).containsExactly(DeadlineKind.FEEDBACK);
        assertThat(CaseForms.extendable(late, NOW)).isEmpty();
        assertThat(CaseForms.offered(late, HANDLER, true, NOW)).doesNotContain(CaseForm.REQUEST_EXTENSION);
    }

    @Test
    void aPendingExtensionIsForTheAdminToApproveAndNoSecondOneIsAsked() {
        CaseRecord pending = new CaseRecordBuilder(CaseStatus.IN_PROGRESS)
                .feedback(new CaseRecord.Deadline(NOW.plus(Duration.ofDays(1)), null, false))
                .pending(new CaseRecord.PendingExtension(DeadlineKind.FEEDBACK, NOW.plus(Duration.ofDays(5)), "施工"))
                .build();

        assertThat(CaseForms.offered(pending, ADMIN, true, NOW))
                .contains(CaseForm.APPROVE_EXTENSION)
                .doesNotContain(CaseForm.REQUEST_EXTENSION);
        assertThat(CaseForms.offered(pending, HANDLER, true, NOW)).doesNotContain(CaseForm.APPROVE_EXTENSION);
    }

    @Test
    void aWorkOrderIsSignedForThenRepliedToOnceResolvedAndItsExtensionsAreTheHotlinesToDecide() {
        CaseRecord dispatched = new CaseRecordBuilder(CaseStatus.REGISTERED)
                .allowed(EnumSet.of(CaseAction.ASSIGN, CaseAction.RETURN_TO_HOTLINE))
                .hotlineOrder(order("DISPATCHED", NOW.plusSeconds(3600)))
                .pending(new CaseRecord.PendingExtension(DeadlineKind.FEEDBACK, NOW.plusSeconds(86400), "等待施工"))
                .build();
        assertThat(CaseForms.offered(dispatched, DUTY, true, NOW))
                .contains(CaseForm.HOTLINE_ACKNOWLEDGE)
                .doesNotContain(CaseForm.HOTLINE_RETURN, CaseForm.HOTLINE_REPLY);
        assertThat(CaseForms.offered(dispatched, HANDLER, true, NOW)).contains(CaseForm.HOTLINE_RETURN);
        assertThat(CaseForms.offered(dispatched, ADMIN, true, NOW)).doesNotContain(CaseForm.APPROVE_EXTENSION);

        CaseRecord windowClosed = new CaseRecordBuilder(CaseStatus.REGISTERED)
                .allowed(EnumSet.of(CaseAction.ASSIGN, CaseAction.RETURN_TO_HOTLINE))
                .hotlineOrder(order("ACKNOWLEDGED", NOW.minusSeconds(1)))
                .build();
        assertThat(CaseForms.offered(windowClosed, HANDLER, true, NOW))
                .doesNotContain(CaseForm.HOTLINE_RETURN, CaseForm.HOTLINE_ACKNOWLEDGE, CaseForm.HOTLINE_REPLY);

        CaseRecord resolved = new CaseRecordBuilder(CaseStatus.RESOLVED)
                .allowed(EnumSet.of(CaseAction.GIVE_FEEDBACK))
                .hotlineOrder(order("ACKNOWLEDGED", NOW.minusSeconds(1)))
                .build();
        assertThat(CaseForms.offered(resolved, HANDLER, true, NOW)).contains(CaseForm.HOTLINE_REPLY);
        assertThat(CaseForms.offered(resolved, DUTY, true, NOW)).doesNotContain(CaseForm.HOTLINE_REPLY);
    }

    private static CaseRecord.HotlineOrder order(String state, Instant returnUntil) {
        return new CaseRecord.HotlineOrder(state, NOW, null, false, returnUntil, null, null, 0);
    }

    static CaseRecord caseIn(CaseStatus status, Set<CaseAction> allowed) {
        return caseIn(status, allowed, List.of());
    }

    static CaseRecord caseIn(CaseStatus status, Set<CaseAction> allowed, List<CaseRecord.ReferralRecord> referrals) {
        return new CaseRecordBuilder(status)
                .allowed(allowed)
                .feedback(new CaseRecord.Deadline(NOW.plus(Duration.ofDays(3)), null, false))
                .referrals(referrals)
                .build();
    }
}
