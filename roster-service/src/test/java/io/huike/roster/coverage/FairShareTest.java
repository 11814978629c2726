package io.huike.roster.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FairShareTest {

    private static final UUID WANG = new UUID(0, 1);
    private static final UUID LI = new UUID(0, 2);
    private static final UUID ZHANG = new UUID(0, 3);

    @Test
    void thirtyEightShiftsAmongElevenMembersAllowFourEach() {
        assertThat(FairShare.ceiling(38, 11)).isEqualTo(4);
        assertThat(FairShare.ceiling(33, 11)).isEqualTo(3);
        assertThat(FairShare.ceiling(5, 0)).isZero();
    }

    @Test
    void membersAboveTheRoundedUpShareAreListedMostLoadedFirst() {
        // 12 shifts among 3 active members: 4 each is fair.
        Map<UUID, Long> counts = Map.of(WANG, 5L, LI, 6L, ZHANG, 1L);

        assertThat(FairShare.overloaded(counts, List.of(WANG, LI, ZHANG))).containsExactly(LI, WANG);
    }

    @Test
    void anEvenRotaHasNobodyOverloaded() {
        assertThat(FairShare.overloaded(Map.of(WANG, 4L, LI, 3L, ZHANG, 4L), List.of(WANG, LI, ZHANG)))
                .isEmpty();
    }
}
