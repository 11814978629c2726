package io.huike.workbench.district;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DistrictDataPathsTest {

    @ParameterizedTest
    @CsvSource({
        "/district/data/figures, /figures",
        "/district/data/district/trends, /district/trends",
        "/district/data/district/rankings, /district/rankings",
        "/district/data/district/overdue-work, /district/overdue-work",
        "/district/data/outreach/four-ones, /outreach/four-ones",
        "/district/data/outreach/campaigns, /outreach/campaigns",
        "/district/data/digests/gulou/2026-05, /digests/gulou/2026-05",
        "/district/data/digests/gulou/2026-05/page, /digests/gulou/2026-05/page",
        "/district/data/digests/3f2c9a1e-0b7d-4c1e-9d55-2a4f3e1b6c7d/2026-12/workbook,"
                + " /digests/3f2c9a1e-0b7d-4c1e-9d55-2a4f3e1b6c7d/2026-12/workbook"
    })
    void theDashboardsReadsGoToTheSamePathAtReporting(String request, String reporting) {
        assertThat(DistrictDataPaths.forward(request)).hasValue(new DistrictDataPaths.Forward(reporting, false));
    }

    @Test
    void theFigureChangesAreAStream() {
        assertThat(DistrictDataPaths.forward("/district/data/figure-changes"))
                .hasValue(new DistrictDataPaths.Forward("/figure-changes", true));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/district/data/",
                "/district/data",
                "/district/data/rebuilds",
                "/district/data/reconciliations/gulou",
                "/district/data/communities/gulou/case-counts",
                "/district/data/case-counts",
                "/district/data/q/openapi",
                "/district/data/figures/",
                "/district/data/figures/extra",
                "/district/data/Figures",
                "/district/data/district",
                "/district/data/digests/gulou",
                "/district/data/digests/gulou/2026-13",
                "/district/data/digests/gulou/26-05",
                "/district/data/digests/gulou/2026-05/pdf",
                "/district/data/digests/gulou/2026-05/page/more",
                "/district/data/digests/../rebuilds/2026-05",
                "/district/data/digests/a%2Fb/2026-05",
                "/district/datafigures",
                "/figures",
                "/district/data//figures"
            })
    void nothingElseIsForwarded(String request) {
        assertThat(DistrictDataPaths.forward(request)).isEmpty();
    }
}
