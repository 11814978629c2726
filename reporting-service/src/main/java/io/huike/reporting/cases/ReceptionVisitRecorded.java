package io.huike.reporting.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The fields of {@code reception-visit.recorded.v1} this service needs: how many people came, and when. */
public record ReceptionVisitRecorded(UUID visitId, Instant visitedAt, int peopleCount, List<UUID> caseIds) {}
