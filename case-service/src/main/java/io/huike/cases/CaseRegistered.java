package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** A case was registered, from any channel. Carries no personal data of the resident. */
@EventType("case.registered.v1")
public record CaseRegistered(
        UUID caseId,
        String trackingNumber,
        Channel channel,
        Category category,
        Urgency urgency,
        String title,
        String gridId,
        UUID receptionVisitId,
        UUID concernId,
        String hotlineReference,
        Instant registeredAt,
        String registeredBy,
        Instant firstContactDueAt,
        Instant feedbackDueAt) {}
