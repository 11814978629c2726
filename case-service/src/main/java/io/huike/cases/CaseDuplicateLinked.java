package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The case was linked as a duplicate of another, so both get the same answer. */
@EventType("case.duplicate-linked.v1")
public record CaseDuplicateLinked(UUID caseId, UUID duplicateOf, String linkedBy, Instant linkedAt) {}
