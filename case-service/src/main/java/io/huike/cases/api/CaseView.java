package io.huike.cases.api;

import io.huike.cases.Case;
import io.huike.cases.CaseStatus;
import io.huike.cases.Category;
import io.huike.cases.Channel;
import io.huike.cases.Urgency;
import java.time.Instant;
import java.util.UUID;

/** A case as callers see it. */
public record CaseView(
        UUID id,
        String communityId,
        String trackingNumber,
        Channel channel,
        Category category,
        Urgency urgency,
        String gridId,
        String description,
        CaseStatus status,
        Instant registeredAt,
        String registeredBy,
        long version) {

    static CaseView of(Case c) {
        return new CaseView(c.id(), c.communityId(), c.trackingNumber(), c.channel(), c.category(), c.urgency(),
                c.gridId(), c.description(), c.status(), c.registeredAt(), c.registeredBy(), c.version());
    }
}
