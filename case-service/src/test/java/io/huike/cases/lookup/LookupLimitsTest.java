package io.huike.cases.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LookupLimitsTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-04T02:00:00Z"));
    private final LookupLimits limits = new LookupLimits(
            clock,
            new LookupLimits.Limit(30, Duration.ofMinutes(1)),
            new LookupLimits.Limit(5, Duration.ofMinutes(15)));

    @Test
    void fiveFailuresLockTheNumberForEveryoneUntilTheOldestIsFifteenMinutesOld() {
        for (int i = 0; i < 5; i++) {
            limits.admit("203.0.113.7", "GL-2026-000123");
            limits.failed("GL-2026-000123");
            clock.advance(Duration.ofMinutes(1));
        }

        assertThatThrownBy(() -> limits.admit("198.51.100.9", "GL-2026-000123"))
                .isInstanceOfSatisfying(LookupsLimited.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(LookupsLimited.Reason.NUMBER);
                    // The first failure was 5 minutes ago: it leaves the window in 10.
                    assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(10));
                });
        assertThatCode(() -> limits.admit("198.51.100.9", "GL-2026-000124")).doesNotThrowAnyException();

        clock.advance(Duration.ofMinutes(10));
        assertThatCode(() -> limits.admit("198.51.100.9", "GL-2026-000123")).doesNotThrowAnyException();
    }

    @Test
    void lookupsThatFoundTheirCaseDoNotCountAgainstTheNumber() {
        for (int i = 0; i < 20; i++) {
            limits.admit("client-" + i, "GL-2026-000123");
        }

        assertThatCode(() -> limits.admit("another", "GL-2026-000123")).doesNotThrowAnyException();
    }

    @Test
    void aClientGetsThirtyLookupsAMinuteWhateverTheyFind() {
        for (int i = 0; i < 30; i++) {
            limits.admit("203.0.113.7", "GL-2026-" + i);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThatThrownBy(() -> limits.admit("203.0.113.7", "GL-2026-999999"))
                .isInstanceOfSatisfying(LookupsLimited.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(LookupsLimited.Reason.CLIENT);
                    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(30));
                });
        assertThatCode(() -> limits.admit("198.51.100.9", "GL-2026-999999")).doesNotThrowAnyException();

        // Refused lookups are not counted: once the oldest leaves the window, one more is admitted.
        clock.advance(Duration.ofSeconds(30));
        assertThatCode(() -> limits.admit("203.0.113.7", "GL-2026-999999")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.admit("203.0.113.7", "GL-2026-999999")).isInstanceOf(LookupsLimited.class);
    }

    @Test
    void tryingALockedNumberStillSpendsTheClientsLookups() {
        for (int i = 0; i < 5; i++) {
            limits.admit("other", "GL-2026-000123");
            limits.failed("GL-2026-000123");
        }
        for (int i = 0; i < 30; i++) {
            assertThatThrownBy(() -> limits.admit("203.0.113.7", "GL-2026-000123"))
                    .isInstanceOfSatisfying(
                            LookupsLimited.class,
                            refused -> assertThat(refused.reason()).isEqualTo(LookupsLimited.Reason.NUMBER));
        }

        assertThatThrownBy(() -> limits.admit("203.0.113.7", "GL-2026-000456"))
                .isInstanceOfSatisfying(
                        LookupsLimited.class,
                        refused -> assertThat(refused.reason()).isEqualTo(LookupsLimited.Reason.CLIENT));
    }

    @Test
    void retryAfterIsAtLeastOneWholeSecond() {
        for (int i = 0; i < 30; i++) {
            limits.admit("203.0.113.7", "n" + i);
        }
        clock.advance(Duration.ofMinutes(1).minusMillis(200));

        assertThatThrownBy(() -> limits.admit("203.0.113.7", "n"))
                .isInstanceOfSatisfying(
                        LookupsLimited.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void addressesAndNumbersWhoseAttemptsHaveAllExpiredAreForgottenOnceThereAreMany() {
        for (int i = 0; i <= LookupLimits.SWEEP_ABOVE; i++) {
            limits.admit("client-" + i, "GL-2026-000001");
        }
        limits.failed("GL-2026-000001");
        clock.advance(Duration.ofMinutes(2));

        limits.admit("late-client", "GL-2026-000002");

        // The recent failure of the first number and the late client's lookup are kept; the rest is forgotten.
        assertThat(limits.remembered()).isLessThan(10);
    }

    /** A clock a test moves on by hand. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
