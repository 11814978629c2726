package io.huike.outreach.roster;

/** A member as this service knows it from the roster's events. */
public record KnownMember(String id, String communityId, String name, boolean active) {}
