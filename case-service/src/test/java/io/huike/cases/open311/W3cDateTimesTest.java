package io.huike.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huike.kernel.refusals.InvalidInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class W3cDateTimesTest {

    @Test
    void timesAreWrittenInTheCommunitiesZoneWithTheirOffsetToTheSecond() {
        assertThat(W3cDateTimes.format(Instant.parse("2026-05-06T01:30:00.123456Z")))
                .isEqualTo("2026-05-06T09:30:00+08:00");
        assertThat(W3cDateTimes.format(Instant.parse("2026-05-06T16:00:00Z"))).isEqualTo("2026-05-07T00:00:00+08:00");
        assertThat(W3cDateTimes.format(null)).isNull();
    }

    @Test
    void timesAreReadInAnyOffset() {
        assertThat(W3cDateTimes.parse("start_date", "2026-05-07T00:00:00+08:00"))
                .isEqualTo(Instant.parse("2026-05-06T16:00:00Z"));
        assertThat(W3cDateTimes.parse("start_date", "2026-05-06T16:00:00Z"))
                .isEqualTo(Instant.parse("2026-05-06T16:00:00Z"));
        assertThat(W3cDateTimes.parse("start_date", "")).isNull();
    }

    @Test
    void aTimeWithoutOffsetOrOutsideTheRecordsYearsIsRefusedNamingTheParameter() {
        for (String bad : new String[] {"2026-05-07", "2026-05-07T00:00:00", "yesterday", "+999999-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> W3cDateTimes.parse("end_date", bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.violations().get(0).field()).isEqualTo("end_date"));
        }
    }
}
