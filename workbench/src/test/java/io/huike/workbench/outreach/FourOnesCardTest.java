package io.huike.workbench.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.workbench.outreach.client.ActivityKind;
import io.huike.workbench.outreach.client.MemberFourOnes;
import io.huike.workbench.outreach.client.PairingRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FourOnesCardTest {

    static final PairingRecord MA = pairing("p-ma", "h-ma", true);
    static final PairingRecord ZHANG = pairing("p-zhang", "h-zhang", true);
    static final PairingRecord ENDED = pairing("p-old", "h-old", false);

    static PairingRecord pairing(String id, String household, boolean active) {
        return new PairingRecord(id, "m-wang", household, LocalDate.of(2026, 1, 5), null, active);
    }

    static MemberFourOnes.PairingFourOnes progress(
            String pairing, String household, String name, Map<ActivityKind, LocalDate> done) {
        return new MemberFourOnes.PairingFourOnes(
                pairing, "m-wang", household, name, 2026, done, Set.of(), done.size() == 4);
    }

    @Test
    void aCardSaysOfEachOfTheFourWhetherItWasDoneAndOnWhichDay() {
        FourOnesCard card = FourOnesCard.of(progress(
                "p-ma",
                "h-ma",
                "马大爷",
                Map.of(
                        ActivityKind.HOME_VISIT_WITH_SUPPORT, LocalDate.of(2026, 2, 10),
                        ActivityKind.HEART_TO_HEART_TALK, LocalDate.of(2026, 3, 15))));

        assertThat(card.ones())
                .containsExactly(
                        new FourOnesCard.One(ActivityKind.HEART_TO_HEART_TALK, LocalDate.of(2026, 3, 15)),
                        new FourOnesCard.One(ActivityKind.HOME_VISIT_WITH_SUPPORT, LocalDate.of(2026, 2, 10)),
                        new FourOnesCard.One(ActivityKind.RECEPTION_INTERVIEW, null),
                        new FourOnesCard.One(ActivityKind.STUDY_DELIVERY, null));
        assertThat(card.owed()).isEqualTo(2);
        assertThat(card.doneCount()).isEqualTo(2);
        assertThat(card.owedKinds()).containsExactly(ActivityKind.RECEPTION_INTERVIEW, ActivityKind.STUDY_DELIVERY);
        assertThat(card.owes(ActivityKind.STUDY_DELIVERY)).isTrue();
        assertThat(card.owes(ActivityKind.HEART_TO_HEART_TALK)).isFalse();
        assertThat(card.complete()).isFalse();
    }

    @Test
    void otherVisitsAndPhoneCallsDoNotMakeUpForAMissingOne() {
        FourOnesCard card = FourOnesCard.of(progress(
                "p-ma",
                "h-ma",
                "马大爷",
                Map.of(
                        ActivityKind.PHONE_CALL, LocalDate.of(2026, 2, 1),
                        ActivityKind.OTHER_VISIT, LocalDate.of(2026, 2, 2))));

        assertThat(card.owed()).isEqualTo(4);
        assertThat(card.ones()).extracting(FourOnesCard.One::kind).containsExactlyElementsOf(ActivityKind.FOUR_ONES);
    }

    @Test
    void theMembersRunningPairingsAreShownThoseOwingMostFirstAndEndedOnesNot() {
        MemberFourOnes progress = new MemberFourOnes(
                "m-wang",
                "王建国",
                2026,
                List.of(
                        progress(
                                "p-ma",
                                "h-ma",
                                "马大爷",
                                Map.of(
                                        ActivityKind.HEART_TO_HEART_TALK, LocalDate.of(2026, 3, 15),
                                        ActivityKind.HOME_VISIT_WITH_SUPPORT, LocalDate.of(2026, 2, 10),
                                        ActivityKind.RECEPTION_INTERVIEW, LocalDate.of(2026, 4, 1),
                                        ActivityKind.STUDY_DELIVERY, LocalDate.of(2026, 4, 2))),
                        progress("p-old", "h-old", "刘奶奶", Map.of())));

        List<FourOnesCard> cards = FourOnesCard.forMember(List.of(MA, ENDED, ZHANG), progress);

        assertThat(cards).extracting(FourOnesCard::pairingId).containsExactly("p-zhang", "p-ma");
        assertThat(cards.get(0).owed())
                .as("nothing recorded this year: all four owed")
                .isEqualTo(4);
        assertThat(cards.get(1).complete()).isTrue();
        assertThat(FourOnesCard.owedByAll(cards)).isEqualTo(4);
        assertThat(FourOnesCard.doneByAll(cards)).isEqualTo(4);
    }

    @Test
    void householdsOwingAsMuchAreInTheOrderOfTheirNames() {
        MemberFourOnes progress = new MemberFourOnes(
                "m-wang",
                "王建国",
                2026,
                List.of(progress("p-zhang", "h-zhang", "张奶奶", Map.of()), progress("p-ma", "h-ma", "马大爷", Map.of())));

        assertThat(FourOnesCard.forMember(List.of(ZHANG, MA), progress))
                .extracting(FourOnesCard::householdName)
                .containsExactly("马大爷", "张奶奶");
    }
}
