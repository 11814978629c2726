package io.huike.roster.swaps;

/** Where a swap request stands: asked, accepted by the other member, then approved or declined. */
public enum SwapState {
    REQUESTED,
    ACCEPTED,
    APPROVED,
    DECLINED
}
