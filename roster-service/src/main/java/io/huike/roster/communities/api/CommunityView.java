package io.huike.roster.communities.api;

import io.huike.roster.communities.Community;
import java.time.Instant;

/** A community as callers see it. */
public record CommunityView(
        String id, String name, String code, String subdistrict, String district, Instant registeredAt) {

    static CommunityView of(Community c) {
        return new CommunityView(c.id(), c.name(), c.code(), c.subdistrict(), c.district(), c.registeredAt());
    }
}
