package io.huike.outreach.visits;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** A problem was found on a visit; the case service registers it as a case. No phone or ID numbers. */
@EventType("concern.raised.v1")
public record ConcernRaised(
        UUID concernId,
        UUID householdId,
        UUID visitId,
        UUID campaignId,
        Category category,
        Urgency urgency,
        String title,
        String description,
        String gridId,
        String raisedBy,
        Instant raisedAt) {}
