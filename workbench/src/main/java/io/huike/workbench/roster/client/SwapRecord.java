package io.huike.workbench.roster.client;

import java.time.Instant;

/**
 * A swap request as roster-service shows it. Its state is {@code REQUESTED} (asked), {@code ACCEPTED} (the other
 * member agreed, waiting for an admin), {@code APPROVED} or {@code DECLINED}.
 */
public record SwapRecord(
        String id,
        String shiftId,
        String fromMemberId,
        String toMemberId,
        String counterShiftId,
        String state,
        String note,
        Instant requestedAt) {}
