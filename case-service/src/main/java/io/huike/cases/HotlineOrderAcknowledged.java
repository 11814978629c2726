package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The community signed for a 12345 work order (签收); late when after the hotline's time limit. */
@EventType("case.hotline-order-acknowledged.v1")
public record HotlineOrderAcknowledged(
        UUID caseId,
        String hotlineReference,
        Instant acknowledgedAt,
        Instant dueAt,
        boolean late,
        String acknowledgedBy) {}
