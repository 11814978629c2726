package io.huike.roster.communities;

import io.huike.plumbing.events.EventType;

/** A grid was drawn in a community; the other services learn from it which grid ids a community has. */
@EventType("grid.drawn.v1")
public record GridDrawn(String communityId, String gridId, String name) {}
