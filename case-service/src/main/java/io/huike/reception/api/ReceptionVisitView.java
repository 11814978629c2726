package io.huike.reception.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reception visit as callers see it, with the ids of the cases it raised; the visitor's phone possibly masked. */
public record ReceptionVisitView(
        UUID id,
        String communityId,
        String roomId,
        Instant visitedAt,
        String dutyMemberId,
        int peopleCount,
        String visitorName,
        String visitorPhone,
        String summary,
        String recordedBy,
        List<UUID> caseIds) {}
