package io.huike.kernel.refusals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StaleVersionTest {

    @Test
    void aStaleVersionMayCarryWhoChangedTheRecordSince() {
        StaleVersion refusal = new StaleVersion(2, 3, Map.of("changedBy", "li-admin"));

        assertThat(refusal.slug()).isEqualTo("stale-version");
        assertThat(refusal.detail()).contains("version 3, not 2");
        assertThat(refusal.extensions()).containsEntry("changedBy", "li-admin");
        assertThat(new StaleVersion(2, 3).extensions()).isEmpty();
    }

    @Test
    void itsFactsMayNotTakeAStandardMembersName() {
        assertThatThrownBy(() -> new StaleVersion(2, 3, Map.of("status", 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
