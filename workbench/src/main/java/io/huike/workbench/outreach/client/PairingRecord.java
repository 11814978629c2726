package io.huike.workbench.outreach.client;

import java.time.LocalDate;

/** A member–household pairing as outreach-service shows it. */
public record PairingRecord(
        String id, String memberId, String householdId, LocalDate startDate, LocalDate endDate, boolean active) {}
