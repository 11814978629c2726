package io.huike.kernel.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void onlyAClosedCaseIsNotOpen() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.isOpen()).as(status.name()).isEqualTo(status != CaseStatus.CLOSED);
        }
    }

    @Test
    void theResidentWaitsForFeedbackUntilToldOrClosed() {
        assertThat(CaseStatus.sqlList(CaseStatus::awaitsFeedback))
                .isEqualTo(
                        "('REGISTERED', 'ASSIGNED', 'IN_PROGRESS', 'REFERRED', 'ESCALATED', 'RESOLVED', 'REOPENED')");
        assertThat(CaseStatus.holds(CaseStatus::awaitsFeedback, "FEEDBACK_GIVEN"))
                .isFalse();
        assertThat(CaseStatus.holds(CaseStatus::awaitsFeedback, "REOPENED")).isTrue();
    }

    @Test
    void theSqlListOfARuleNamesExactlyTheStatusesItHoldsFor() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(CaseStatus.sqlList(CaseStatus::isOpen).contains("'" + status.name() + "'"))
                    .as(status.name())
                    .isEqualTo(status.isOpen());
        }
    }
}
