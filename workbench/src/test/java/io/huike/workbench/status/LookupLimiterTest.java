package io.huike.workbench.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LookupLimiterTest {

    static final Instant T0 = Instant.parse("2026-05-06T02:00:00Z");

    @Test
    void anAddressMayLookUpAsOftenAsAllowedWithinTheWindowThenWaits() {
        LookupLimiter limiter = new LookupLimiter(3, Duration.ofMinutes(10));

        assertThat(limiter.tryLookup("1.2.3.4", T0).allowed()).isTrue();
        assertThat(limiter.tryLookup("1.2.3.4", T0.plusSeconds(60)).allowed()).isTrue();
        assertThat(limiter.tryLookup("1.2.3.4", T0.plusSeconds(120)).allowed()).isTrue();
        LookupLimiter.Decision fourth = limiter.tryLookup("1.2.3.4", T0.plusSeconds(180));

        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.retryAfterSeconds()).isEqualTo(420);
    }

    @Test
    void theWindowSlidesSoTheOldestLookupStopsCounting() {
        LookupLimiter limiter = new LookupLimiter(2, Duration.ofMinutes(10));
        limiter.tryLookup("1.2.3.4", T0);
        limiter.tryLookup("1.2.3.4", T0.plusSeconds(300));

        assertThat(limiter.tryLookup("1.2.3.4", T0.plusSeconds(599)).allowed()).isFalse();
        assertThat(limiter.tryLookup("1.2.3.4", T0.plusSeconds(600)).allowed()).isTrue();
        assertThat(limiter.tryLookup("1.2.3.4", T0.plusSeconds(601)).allowed()).isFalse();
    }

    @Test
    void aRefusedLookupDoesNotCountAgainstTheAddress() {
        LookupLimiter limiter = new LookupLimiter(1, Duration.ofMinutes(1));
        limiter.tryLookup("1.2.3.4", T0);
        for (int i = 1; i <= 30; i++) {
            limiter.tryLookup("1.2.3.4", T0.plusSeconds(i));
        }

        assertThat(limiter.tryLookup("1.2.3.4", T0.plusSeconds(60)).allowed()).isTrue();
    }

    @Test
    void eachAddressHasItsOwnCount() {
        LookupLimiter limiter = new LookupLimiter(1, Duration.ofMinutes(10));

        assertThat(limiter.tryLookup("1.2.3.4", T0).allowed()).isTrue();
        assertThat(limiter.tryLookup("5.6.7.8", T0).allowed()).isTrue();
        assertThat(limiter.tryLookup("1.2.3.4", T0).allowed()).isFalse();
    }

    @Test
    void addressesWithoutRecentLookupsAreForgottenWhenThereAreMany() {
        LookupLimiter limiter = new LookupLimiter(1, Duration.ofMinutes(1));
        for (int i = 0; i <= LookupLimiter.TIDY_ABOVE; i++) {
            limiter.tryLookup("10.0." + (i / 256) + "." + (i % 256), T0);
        }

        limiter.tryLookup("192.168.0.1", T0.plus(Duration.ofMinutes(2)));

        assertThat(limiter.addressesKept()).isEqualTo(1);
    }

    @Test
    void aLimitThatAllowsNothingIsRefused() {
        assertThatThrownBy(() -> new LookupLimiter(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
