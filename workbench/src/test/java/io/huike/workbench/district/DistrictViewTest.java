package io.huike.workbench.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DistrictViewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Test
    void withNothingChosenItIsEveryCommunityThisMonthUpToToday() {
        DistrictView view = DistrictView.of(null, null, null, TODAY);

        assertThat(view.community()).isEmpty();
        assertThat(view.from()).isEqualTo("2026-05-01");
        assertThat(view.to()).isEqualTo("2026-05-20");
        assertThat(view.signInAgainHref())
                .isEqualTo("/session/login?returnTo=%2Fdistrict%3Ffrom%3D2026-05-01%26to%3D2026-05-20");
    }

    @Test
    void aCommunityAndPeriodFromTheAddressAreKept() {
        DistrictView view = DistrictView.of("gulou", "2026-04-01", "2026-04-30", TODAY);

        assertThat(view.community()).isEqualTo("gulou");
        assertThat(view.from()).isEqualTo("2026-04-01");
        assertThat(view.to()).isEqualTo("2026-04-30");
        assertThat(view.signInAgainHref())
                .isEqualTo(
                        "/session/login?returnTo=%2Fdistrict%3Fcommunity%3Dgulou%26from%3D2026-04-01%26to%3D2026-04-30");
    }

    @Test
    void whatCannotBeReadIsLeftAtItsDefault() {
        DistrictView view = DistrictView.of("gu lou\"><script>", "yesterday", "2026-02-30", TODAY);

        assertThat(view.community()).isEmpty();
        assertThat(view.from()).isEqualTo("2026-05-01");
        assertThat(view.to()).isEqualTo("2026-05-20");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsThisMonthInstead() {
        DistrictView view = DistrictView.of(null, "2026-05-10", "2026-05-01", TODAY);

        assertThat(view.from()).isEqualTo("2026-05-01");
        assertThat(view.to()).isEqualTo("2026-05-20");
    }
}
