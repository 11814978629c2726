package io.huike.reception;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A visit was received at the reception room; counts the people received and links the cases it raised. */
@EventType("reception-visit.recorded.v1")
public record ReceptionVisitRecorded(
        UUID visitId,
        String roomId,
        Instant visitedAt,
        String dutyMemberId,
        int peopleCount,
        List<UUID> caseIds,
        Instant recordedAt) {}
