package io.huike.reporting.cases;

import java.time.Instant;
import java.util.UUID;

/** The fields of {@code case.registered.v1} this service needs; the rest of the payload is ignored. */
public record CaseRegisteredV1(UUID caseId, String channel, String category, Instant registeredAt) {
}
