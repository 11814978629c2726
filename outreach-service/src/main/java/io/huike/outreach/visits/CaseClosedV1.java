package io.huike.outreach.visits;

import java.time.Instant;
import java.util.UUID;

/** The fields of {@code case.closed.v1} this service shows on the concern; the outcome is kept as sent. */
public record CaseClosedV1(
        UUID caseId, String trackingNumber, String outcome, String resultSummary, Instant closedAt) {}
