package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** A case was registered. Carries no personal data of the resident. */
@EventType("case.registered.v1")
public record CaseRegistered(
        UUID caseId,
        String trackingNumber,
        Channel channel,
        Category category,
        Urgency urgency,
        String gridId,
        Instant registeredAt,
        String registeredBy) {
}
