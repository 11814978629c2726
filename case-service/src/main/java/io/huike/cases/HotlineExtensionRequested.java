package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The community asked the hotline for more time on a work order (延期申请); the hotline approves or refuses. */
@EventType("case.hotline-extension-requested.v1")
public record HotlineExtensionRequested(
        UUID caseId,
        String hotlineReference,
        DeadlineKind deadline,
        Instant currentDueAt,
        Instant until,
        String reason,
        Instant requestedAt,
        String requestedBy) {}
