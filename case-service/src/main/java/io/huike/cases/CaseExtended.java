package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** An admin approved more time for one of the case's deadlines; the resident is told. */
@EventType("case.extended.v1")
public record CaseExtended(
        UUID caseId,
        DeadlineKind deadline,
        Instant previousDueAt,
        Instant newDueAt,
        String reason,
        String approvedBy) {}
