package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The case was closed. Its result summary may be read to the resident. */
@EventType("case.closed.v1")
public record CaseClosed(
        UUID caseId,
        String trackingNumber,
        Outcome outcome,
        String resultSummary,
        Satisfaction satisfaction,
        Instant closedAt,
        String closedBy) {}
