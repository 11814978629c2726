package io.huike.reporting.live;

/** Raised when an event changed a community's figures; observed after the commit by live views. */
public record FiguresChanged(String communityId, String eventType) {}
