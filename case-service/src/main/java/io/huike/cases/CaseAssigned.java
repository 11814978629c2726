package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** A case was given to a member, by an admin or automatically to the member on duty. */
@EventType("case.assigned.v1")
public record CaseAssigned(UUID caseId, String assigneeId, boolean automatic, String assignedBy, Instant assignedAt) {}
