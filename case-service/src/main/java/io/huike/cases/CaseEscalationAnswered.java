package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The month-end meeting decided on an escalated case; handling goes on. */
@EventType("case.escalation-answered.v1")
public record CaseEscalationAnswered(UUID caseId, String decision, Instant answeredAt) {}
