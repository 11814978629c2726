package io.huike.outreach.fourones;

import static io.huike.outreach.pairings.ActivityKind.HEART_TO_HEART_TALK;
import static io.huike.outreach.pairings.ActivityKind.HOME_VISIT_WITH_SUPPORT;
import static io.huike.outreach.pairings.ActivityKind.RECEPTION_INTERVIEW;
import static io.huike.outreach.pairings.ActivityKind.STUDY_DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reminder urgency and the community summary of the four ones, in plain Java. */
class RemindersTest {

    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    @Test
    void urgencyIsTheDaysLeftPerOneStillOwed() {
        LocalDate dec31 = LocalDate.of(2026, 12, 31);

        assertThat(ReminderUrgency.of(LocalDate.of(2026, 12, 18), dec31, 1)).isEqualTo(ReminderUrgency.URGENT);
        assertThat(ReminderUrgency.of(LocalDate.of(2026, 12, 17), dec31, 1)).isEqualTo(ReminderUrgency.SOON);
        assertThat(ReminderUrgency.of(LocalDate.of(2026, 11, 15), dec31, 4)).isEqualTo(ReminderUrgency.URGENT);
        assertThat(ReminderUrgency.of(LocalDate.of(2026, 11, 1), dec31, 2)).isEqualTo(ReminderUrgency.SOON);
        assertThat(ReminderUrgency.of(LocalDate.of(2026, 3, 1), dec31, 4)).isEqualTo(ReminderUrgency.LATER);
    }

    @Test
    void aPairingEndingSoonIsMoreUrgentThanOneOwingTheSameUntilTheYearsEnd() {
        LocalDate today = LocalDate.of(2026, 9, 1);
        PairingFourOnes endingSoon = pairing(FourOnesYear.of(
                2026,
                JAN_5,
                LocalDate.of(2026, 9, 20),
                List.of(
                        new Done(HEART_TO_HEART_TALK, LocalDate.of(2026, 2, 1)),
                        new Done(HOME_VISIT_WITH_SUPPORT, LocalDate.of(2026, 2, 1)),
                        new Done(RECEPTION_INTERVIEW, LocalDate.of(2026, 2, 1)))));
        PairingFourOnes owingAll = pairing(FourOnesYear.of(2026, JAN_5, null, List.of()));
        PairingFourOnes owingOne = pairing(FourOnesYear.of(
                2026,
                JAN_5,
                null,
                List.of(
                        new Done(HEART_TO_HEART_TALK, LocalDate.of(2026, 2, 1)),
                        new Done(HOME_VISIT_WITH_SUPPORT, LocalDate.of(2026, 2, 1)),
                        new Done(STUDY_DELIVERY, LocalDate.of(2026, 2, 1)))));
        PairingFourOnes complete = pairing(FourOnesYear.of(
                2026,
                JAN_5,
                null,
                List.of(
                        new Done(HEART_TO_HEART_TALK, LocalDate.of(2026, 2, 1)),
                        new Done(HOME_VISIT_WITH_SUPPORT, LocalDate.of(2026, 2, 1)),
                        new Done(RECEPTION_INTERVIEW, LocalDate.of(2026, 2, 1)),
                        new Done(STUDY_DELIVERY, LocalDate.of(2026, 2, 1)))));

        List<Reminder> reminders = Stream.of(owingOne, complete, owingAll, endingSoon)
                .map(p -> Reminder.of(p, today))
                .filter(Objects::nonNull)
                .sorted(Reminder.MOST_URGENT_FIRST)
                .toList();

        assertThat(reminders).extracting(Reminder::pairing).containsExactly(endingSoon, owingAll, owingOne);
        assertThat(reminders)
                .extracting(Reminder::urgency)
                .containsExactly(ReminderUrgency.SOON, ReminderUrgency.SOON, ReminderUrgency.LATER);
        assertThat(reminders.get(0).owing()).containsExactly(STUDY_DELIVERY);
    }

    @Test
    void theSummaryCountsEachOfTheFourOncePerPairing() {
        FourOnesSummary summary = FourOnesSummary.of(List.of(
                FourOnesYear.of(
                        2026,
                        JAN_5,
                        null,
                        List.of(
                                new Done(HEART_TO_HEART_TALK, LocalDate.of(2026, 2, 1)),
                                new Done(HEART_TO_HEART_TALK, LocalDate.of(2026, 3, 1)),
                                new Done(HOME_VISIT_WITH_SUPPORT, LocalDate.of(2026, 2, 1)),
                                new Done(RECEPTION_INTERVIEW, LocalDate.of(2026, 2, 1)),
                                new Done(STUDY_DELIVERY, LocalDate.of(2026, 2, 1)))),
                FourOnesYear.of(2026, JAN_5, null, List.of(new Done(HEART_TO_HEART_TALK, LocalDate.of(2026, 2, 1))))));

        assertThat(summary.pairings()).isEqualTo(2);
        assertThat(summary.complete()).isEqualTo(1);
        assertThat(summary.onesDone()).isEqualTo(5);
        assertThat(summary.onesOwed()).isEqualTo(3);
        assertThat(summary.percentDone()).isEqualTo(62);
        assertThat(summary.doneByKind()).containsEntry(HEART_TO_HEART_TALK, 2).containsEntry(STUDY_DELIVERY, 1);
    }

    private static PairingFourOnes pairing(FourOnesYear year) {
        return new PairingFourOnes(UUID.randomUUID(), "m", null, UUID.randomUUID(), null, year);
    }
}
