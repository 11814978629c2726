package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** A deadline of the case passed unmet; published once per deadline. */
@EventType("case.overdue.v1")
public record CaseOverdue(UUID caseId, DeadlineKind deadline, Instant dueAt, Instant detectedAt) {}
