package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The resident was not satisfied and the case was reopened; its clock restarts. */
@EventType("case.reopened.v1")
public record CaseReopened(
        UUID caseId,
        int reopenCount,
        String reason,
        Instant reopenedAt,
        Instant firstContactDueAt,
        Instant feedbackDueAt) {}
