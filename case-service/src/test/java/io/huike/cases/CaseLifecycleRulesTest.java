package io.huike.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huike.kernel.cases.CaseStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseLifecycleRulesTest {

    @Test
    void theHappyPathRunsFromRegisteredToClosed() {
        CaseStatus status = CaseStatus.REGISTERED;
        for (CaseAction action : new CaseAction[] {
            CaseAction.ASSIGN, CaseAction.START, CaseAction.RESOLVE, CaseAction.GIVE_FEEDBACK, CaseAction.CLOSE
        }) {
            status = CaseLifecycle.next(status, action);
        }
        assertThat(status).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void referralAndEscalationReturnToInProgress() {
        assertThat(CaseLifecycle.next(CaseStatus.IN_PROGRESS, CaseAction.REFER)).isEqualTo(CaseStatus.REFERRED);
        assertThat(CaseLifecycle.next(CaseStatus.REFERRED, CaseAction.ANSWER_REFERRAL))
                .isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(CaseLifecycle.next(CaseStatus.IN_PROGRESS, CaseAction.ESCALATE))
                .isEqualTo(CaseStatus.ESCALATED);
        assertThat(CaseLifecycle.next(CaseStatus.ESCALATED, CaseAction.ANSWER_ESCALATION))
                .isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void anUnsatisfiedResidentReopensAClosedOrFedBackCase() {
        assertThat(CaseLifecycle.next(CaseStatus.FEEDBACK_GIVEN, CaseAction.REOPEN))
                .isEqualTo(CaseStatus.REOPENED);
        assertThat(CaseLifecycle.next(CaseStatus.CLOSED, CaseAction.REOPEN)).isEqualTo(CaseStatus.REOPENED);
        assertThat(CaseLifecycle.allowed(CaseStatus.REOPENED).keySet())
                .containsExactlyInAnyOrder(CaseAction.ASSIGN, CaseAction.START);
    }

    @Test
    void closingWithoutFeedbackIsRefusedNamingWhatIsAllowed() {
        assertThatThrownBy(() -> CaseLifecycle.next(CaseStatus.RESOLVED, CaseAction.CLOSE))
                .isInstanceOfSatisfying(TransitionRefused.class, refused -> {
                    assertThat(refused.current()).isEqualTo(CaseStatus.RESOLVED);
                    assertThat(refused.allowed())
                            .isEqualTo(Map.of(CaseAction.GIVE_FEEDBACK, CaseStatus.FEEDBACK_GIVEN));
                });
    }

    @Test
    void everyActionNotInTheTableIsRefused() {
        int refused = 0;
        for (CaseStatus status : CaseStatus.values()) {
            Set<CaseAction> allowed = CaseLifecycle.allowed(status).keySet();
            for (CaseAction action : EnumSet.complementOf(EnumSet.copyOf(allowedOrNone(allowed)))) {
                assertThatThrownBy(() -> CaseLifecycle.next(status, action)).isInstanceOf(TransitionRefused.class);
                refused++;
            }
        }
        // 9 statuses x 11 actions, of which the table allows 18.
        assertThat(refused).isEqualTo(9 * 11 - 18);
    }

    @Test
    void onlyAClosedCaseCountsAsNoLongerOpen() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.isOpen()).as(status.name()).isEqualTo(status != CaseStatus.CLOSED);
        }
    }

    private static Set<CaseAction> allowedOrNone(Set<CaseAction> allowed) {
        return allowed.isEmpty() ? EnumSet.noneOf(CaseAction.class) : allowed;
    }
}
