package io.huike.outreach.pairings;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A pairing ended; from its end date on it owes nothing more. */
@EventType("pairing.ended.v1")
public record PairingEnded(
        UUID pairingId,
        String memberId,
        UUID householdId,
        LocalDate endDate,
        EndReason reason,
        String endedBy,
        Instant endedAt) {}
