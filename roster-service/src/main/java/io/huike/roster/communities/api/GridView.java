package io.huike.roster.communities.api;

import io.huike.roster.communities.Grid;

/** A grid as callers see it. */
public record GridView(String id, String community, String name, String description) {

    static GridView of(Grid g) {
        return new GridView(g.id(), g.communityId(), g.name(), g.description());
    }
}
