package io.huike.workbench.roster.client;

/** Asks another member to take a shift; with a counter shift, the two exchange shifts. */
public record SwapAsk(String shiftId, String toMemberId, String counterShiftId, String note) {}
