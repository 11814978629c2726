package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The handler took the case up and contacted the resident. */
@EventType("case.handling-started.v1")
public record CaseHandlingStarted(
        UUID caseId, String handlerId, ContactMethod contactMethod, boolean firstContact, Instant startedAt) {}
