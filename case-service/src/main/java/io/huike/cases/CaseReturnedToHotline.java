package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * The community returned a 12345 work order that is not its own (退单), with the reason: the case is closed with
 * the outcome RETURNED_TO_HOTLINE, and the hotline dispatches the order elsewhere.
 */
@EventType("case.returned-to-hotline.v1")
public record CaseReturnedToHotline(
        UUID caseId,
        String trackingNumber,
        String hotlineReference,
        String reason,
        Instant returnedAt,
        String returnedBy) {}
