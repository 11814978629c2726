package io.huike.roster.swaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SwapRequestTest {

    private static final Instant NOW = Instant.parse("2026-05-04T03:00:00Z");

    private final SwapRequest request =
            SwapRequest.ask("gulou", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, "家长会", "wang", NOW);

    @Test
    void aSwapIsAskedThenAcceptedThenApproved() {
        request.accept("li", NOW);
        request.approve("admin", NOW);

        assertThat(request.state()).isEqualTo(SwapState.APPROVED);
        assertThat(request.isOpen()).isFalse();
    }

    @Test
    void anAdminCannotApproveWhatTheOtherMemberHasNotAccepted() {
        assertThatThrownBy(() -> request.approve("admin", NOW))
                .isInstanceOf(SwapRefused.class)
                .hasMessageContaining("REQUESTED");
        assertThat(request.state()).isEqualTo(SwapState.REQUESTED);
    }

    @Test
    void aDeclinedRequestCanBeNeitherAcceptedNorDeclinedAgain() {
        request.decline("li", NOW);

        assertThatThrownBy(() -> request.accept("li", NOW)).isInstanceOf(SwapRefused.class);
        assertThatThrownBy(() -> request.decline("admin", NOW)).isInstanceOf(SwapRefused.class);
        assertThat(request.state()).isEqualTo(SwapState.DECLINED);
    }

    @Test
    void anApprovedSwapCannotBeDeclinedAfterwards() {
        request.accept("li", NOW);
        request.approve("admin", NOW);

        assertThatThrownBy(() -> request.decline("li", NOW)).isInstanceOf(SwapRefused.class);
    }
}
