package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The hotline refused the extension asked for; the deadline stays. (An approval is {@code case.extended.v1}.) */
@EventType("case.hotline-extension-refused.v1")
public record HotlineExtensionRefused(
        UUID caseId, String hotlineReference, DeadlineKind deadline, Instant until, String note, Instant refusedAt) {}
