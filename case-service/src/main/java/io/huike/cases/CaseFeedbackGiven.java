package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The resident was told the result (结果反馈) and said how satisfied they are. */
@EventType("case.feedback-given.v1")
public record CaseFeedbackGiven(
        UUID caseId, ContactMethod method, Instant toldAt, Satisfaction satisfaction, Instant recordedAt) {}
