package io.huike.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huike.kernel.cases.CaseStatus;
import io.huike.kernel.refusals.InvalidInput;
import org.junit.jupiter.api.Test;

class GeoReportStatusTest {

    @Test
    void onlyAClosedCaseIsClosedAndEveryOtherStatusIsOpen() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(GeoReportStatus.of(status).code())
                    .as(status.name())
                    .isEqualTo(status == CaseStatus.CLOSED ? "closed" : "open");
        }
    }

    @Test
    void aStatusFilterIsOpenOrClosedInAnyCaseAndAnythingElseIsRefusedNamingTheParameter() {
        assertThat(GeoReportStatus.parse("status", "Closed")).isEqualTo(GeoReportStatus.CLOSED);
        assertThat(GeoReportStatus.parse("status", " open ")).isEqualTo(GeoReportStatus.OPEN);
        assertThat(GeoReportStatus.parse("status", null)).isNull();
        assertThatThrownBy(() -> GeoReportStatus.parse("status", "resolved"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("status"));
    }
}
