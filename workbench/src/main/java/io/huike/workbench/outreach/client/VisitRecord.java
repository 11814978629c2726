package io.huike.workbench.outreach.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A visit of the visit log, with the concerns found on it and, once their cases closed, their outcomes. */
public record VisitRecord(
        String id,
        String householdId,
        String memberId,
        LocalDate visitedOn,
        String notes,
        String recordedBy,
        Instant recordedAt,
        List<ConcernRecord> concerns) {

    public List<ConcernRecord> concerns() {
        return concerns == null ? List.of() : concerns;
    }
}
