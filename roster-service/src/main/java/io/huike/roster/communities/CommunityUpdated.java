package io.huike.roster.communities;

import io.huike.plumbing.events.EventType;

/** A community's name or place in the district changed; its id and code never do. */
@EventType("community.updated.v1")
public record CommunityUpdated(String communityId, String name, String code, String subdistrict, String district) {}
