package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The handling ended with an outcome; the resident is yet to be told. */
@EventType("case.resolved.v1")
public record CaseResolved(
        UUID caseId, Outcome outcome, String reason, String referredTo, UUID duplicateOf, Instant resolvedAt) {}
