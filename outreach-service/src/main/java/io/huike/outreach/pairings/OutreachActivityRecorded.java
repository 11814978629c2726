package io.huike.outreach.pairings;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A paired member did one of the four ones or another visit. The notes stay in this service. */
@EventType("outreach-activity.recorded.v1")
public record OutreachActivityRecorded(
        UUID activityId,
        UUID pairingId,
        UUID householdId,
        String memberId,
        ActivityKind kind,
        LocalDate doneOn,
        String recordedBy,
        Instant recordedAt) {}
