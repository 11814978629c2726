package io.huike.outreach.fourones;

import static io.huike.outreach.pairings.ActivityKind.HEART_TO_HEART_TALK;
import static io.huike.outreach.pairings.ActivityKind.HOME_VISIT_WITH_SUPPORT;
import static io.huike.outreach.pairings.ActivityKind.OTHER_VISIT;
import static io.huike.outreach.pairings.ActivityKind.RECEPTION_INTERVIEW;
import static io.huike.outreach.pairings.ActivityKind.STUDY_DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four ones rule in plain Java: what a pairing did and owes in a year. */
class FourOnesYearTest {

    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    @Test
    void aPairingThatDidAllFourIsCompleteAndOwesNothing() {
        FourOnesYear year = FourOnesYear.of(
                2026,
                JAN_5,
                null,
                List.of(
                        new Done(HEART_TO_HEART_TALK, LocalDate.of(2026, 3, 1)),
                        new Done(HOME_VISIT_WITH_SUPPORT, LocalDate.of(2026, 2, 10)),
                        new Done(RECEPTION_INTERVIEW, LocalDate.of(2026, 5, 20)),
                        new Done(STUDY_DELIVERY, LocalDate.of(2026, 7, 1))));

        assertThat(year.complete()).isTrue();
        assertThat(year.owing()).isEmpty();
        assertThat(year.done()).containsEntry(HOME_VISIT_WITH_SUPPORT, LocalDate.of(2026, 2, 10));
    }

    @Test
    void whatIsOwedByADayCountsOnlyWhatWasDoneOnOrBeforeIt() {
        FourOnesYear year = FourOnesYear.of(
                2026,
                JAN_5,
                null,
                List.of(
                        new Done(HEART_TO_HEART_TALK, LocalDate.of(2026, 3, 1)),
                        new Done(STUDY_DELIVERY, LocalDate.of(2026, 7, 1))));

        assertThat(year.owingBy(LocalDate.of(2026, 2, 28)))
                .containsExactlyInAnyOrder(
                        HEART_TO_HEART_TALK, HOME_VISIT_WITH_SUPPORT, RECEPTION_INTERVIEW, STUDY_DELIVERY);
        assertThat(year.owingBy(LocalDate.of(2026, 3, 1)))
                .containsExactlyInAnyOrder(HOME_VISIT_WITH_SUPPORT, RECEPTION_INTERVIEW, STUDY_DELIVERY);
        assertThat(year.owingBy(LocalDate.of(2026, 12, 31)))
                .containsExactlyInAnyOrder(HOME_VISIT_WITH_SUPPORT, RECEPTION_INTERVIEW);
    }

    @Test
    void otherVisitsAndRepeatsDoNotMakeUpForAMissingOne() {
        FourOnesYear year = FourOnesYear.of(
                2026,
                JAN_5,
                null,
                List.of(
                        new Done(HEART_TO_HEART_TALK, LocalDate.of(2026, 3, 1)),
                        new Done(HEART_TO_HEART_TALK, LocalDate.of(2026, 4, 1)),
                        new Done(OTHER_VISIT, LocalDate.of(2026, 4, 2))));

        assertThat(year.done())
                .containsOnlyKeys(HEART_TO_HEART_TALK)
                .containsEntry(HEART_TO_HEART_TALK, LocalDate.of(2026, 3, 1));
        assertThat(year.owing()).hasSize(3);
    }

    @Test
    void activitiesOfAnotherYearOrOutsideThePairingDoNotCount() {
        FourOnesYear year = FourOnesYear.of(
                2026,
                LocalDate.of(2025, 6, 1),
                LocalDate.of(2026, 6, 30),
                List.of(
                        new Done(HEART_TO_HEART_TALK, LocalDate.of(2025, 12, 31)),
                        new Done(STUDY_DELIVERY, LocalDate.of(2026, 7, 1))));

        assertThat(year.done()).isEmpty();
        assertThat(year.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aPairingOwesNothingBeforeItStartsAndDoesNotRunInAYearItEndedBefore() {
        FourOnesYear late = FourOnesYear.of(2026, LocalDate.of(2026, 9, 1), null, List.of());
        FourOnesYear ended = FourOnesYear.of(2026, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), List.of());

        assertThat(late.owingBy(LocalDate.of(2026, 8, 31))).isEmpty();
        assertThat(late.owingBy(LocalDate.of(2026, 9, 1))).hasSize(4);
        assertThat(ended.runsInYear()).isFalse();
        assertThat(ended.owing()).isEmpty();
    }
}
