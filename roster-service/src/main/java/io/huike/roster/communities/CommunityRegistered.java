package io.huike.roster.communities;

import io.huike.plumbing.events.EventType;

/** A community joined the platform. */
@EventType("community.registered.v1")
public record CommunityRegistered(String communityId, String name, String code, String subdistrict, String district) {}
