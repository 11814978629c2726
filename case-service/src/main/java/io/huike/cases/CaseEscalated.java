package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** The case was put on the month-end committee agenda (提交会议研究). */
@EventType("case.escalated.v1")
public record CaseEscalated(UUID caseId, YearMonth meetingMonth, String reason, Instant escalatedAt) {}
