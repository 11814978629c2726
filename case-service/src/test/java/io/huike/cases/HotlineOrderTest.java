package io.huike.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HotlineOrderTest {

    private static final Instant DISPATCHED = Instant.parse("2026-05-06T02:00:00Z");
    private static final HotlineTerms.Limits HALF_AN_HOUR_AND_TWO =
            new HotlineTerms.Limits(Duration.ofMinutes(30), Duration.ofHours(2));

    private static HotlineOrder order() {
        return HotlineOrder.dispatched("hotline", HALF_AN_HOUR_AND_TWO, DISPATCHED);
    }

    @Test
    void anOrderSignedForWithinTheLimitIsOnTimeAndAfterItLate() {
        HotlineOrder onTime = order();
        onTime.acknowledge("wang", DISPATCHED.plus(Duration.ofMinutes(30)));
        assertThat(onTime.acknowledgementLate(DISPATCHED.plus(Duration.ofDays(1))))
                .isFalse();

        HotlineOrder late = order();
        assertThat(late.acknowledgementLate(DISPATCHED.plus(Duration.ofMinutes(31))))
                .isTrue();
        late.acknowledge("wang", DISPATCHED.plus(Duration.ofMinutes(31)));
        assertThat(late.acknowledgementLate(DISPATCHED.plus(Duration.ofMinutes(31))))
                .isTrue();
        assertThat(late.state()).isEqualTo(HotlineOrder.State.ACKNOWLEDGED);
    }

    @Test
    void anOrderIsSignedForOnce() {
        HotlineOrder order = order();
        order.acknowledge("wang", DISPATCHED);
        assertThatThrownBy(() -> order.acknowledge("zhao", DISPATCHED)).isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void anOrderIsReturnedOnlyWithAReasonWithinTheWindowAndBeforeAReply() {
        HotlineOrder noReason = order();
        assertThatThrownBy(() -> noReason.returnToHotline(" ", DISPATCHED))
                .isInstanceOf(CaseRuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "reason");

        HotlineOrder tooLate = order();
        assertThatThrownBy(() -> tooLate.returnToHotline("不属本社区", DISPATCHED.plus(Duration.ofMinutes(121))))
                .isInstanceOf(CaseRuleViolation.class);

        HotlineOrder replied = order();
        replied.acknowledge("wang", DISPATCHED);
        replied.reply("已处理", DISPATCHED);
        assertThatThrownBy(() -> replied.returnToHotline("不属本社区", DISPATCHED)).isInstanceOf(CaseRuleViolation.class);

        HotlineOrder returned = order();
        returned.returnToHotline("不属本社区", DISPATCHED.plus(Duration.ofMinutes(120)));
        assertThat(returned.state()).isEqualTo(HotlineOrder.State.RETURNED);
        assertThatThrownBy(() -> returned.acknowledge("wang", DISPATCHED)).isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void aReplyNeedsTheOrderSignedForAndComesOnce() {
        HotlineOrder order = order();
        assertThatThrownBy(() -> order.reply("已处理", DISPATCHED)).isInstanceOf(CaseRuleViolation.class);
        order.acknowledge("wang", DISPATCHED);
        order.reply("已处理", DISPATCHED);
        assertThat(order.state()).isEqualTo(HotlineOrder.State.REPLIED);
        assertThatThrownBy(() -> order.reply("再次回复", DISPATCHED)).isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void aRedoCountsAndRestartsTheSignatureClockFromTheCallback() {
        HotlineOrder order = order();
        assertThatThrownBy(() -> order.calledBack(true, Duration.ofMinutes(30), DISPATCHED))
                .isInstanceOf(CaseRuleViolation.class);
        order.acknowledge("wang", DISPATCHED);
        order.reply("已处理", DISPATCHED);
        Instant callback = DISPATCHED.plus(Duration.ofDays(2));

        order.calledBack(true, Duration.ofMinutes(30), callback);

        assertThat(order.redoCount()).isEqualTo(1);
        assertThat(order.state()).isEqualTo(HotlineOrder.State.DISPATCHED);
        assertThat(order.acknowledgeDue()).isEqualTo(callback.plus(Duration.ofMinutes(30)));
        assertThat(order.reply()).isNull();
    }

    @Test
    void aHotlineSetsLimitsFromAMinuteToAWeek() {
        assertThatThrownBy(() -> new HotlineTerms.Limits(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(CaseRuleViolation.class);
        assertThatThrownBy(() -> new HotlineTerms.Limits(Duration.ofHours(1), Duration.ofDays(8)))
                .isInstanceOf(CaseRuleViolation.class);
        assertThat(new HotlineTerms.Limits(Duration.ofMinutes(1), Duration.ofDays(7)).returnWithin())
                .isEqualTo(Duration.ofDays(7));
    }
}
