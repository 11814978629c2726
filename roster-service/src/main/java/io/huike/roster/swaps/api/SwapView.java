package io.huike.roster.swaps.api;

import io.huike.roster.swaps.SwapRequest;
import io.huike.roster.swaps.SwapState;
import java.time.Instant;
import java.util.UUID;

/** A swap request as callers see it. */
public record SwapView(
        UUID id,
        UUID shiftId,
        UUID fromMemberId,
        UUID toMemberId,
        UUID counterShiftId,
        SwapState state,
        String note,
        Instant requestedAt) {

    static SwapView of(SwapRequest r) {
        return new SwapView(
                r.id(),
                r.shiftId(),
                r.fromMemberId(),
                r.toMemberId(),
                r.counterShiftId(),
                r.state(),
                r.note(),
                r.requestedAt());
    }
}
