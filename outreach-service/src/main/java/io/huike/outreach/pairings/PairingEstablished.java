package io.huike.outreach.pairings;

import io.huike.outreach.households.HouseholdKind;
import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A member was paired with a household. Carries no name, address or contact of the household. */
@EventType("pairing.established.v1")
public record PairingEstablished(
        UUID pairingId,
        String memberId,
        UUID householdId,
        HouseholdKind householdKind,
        String gridId,
        LocalDate startDate,
        String establishedBy,
        Instant establishedAt) {}
