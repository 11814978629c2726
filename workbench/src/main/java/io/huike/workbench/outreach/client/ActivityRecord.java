package io.huike.workbench.outreach.client;

import java.time.LocalDate;

/** A recorded activity of a pairing. */
public record ActivityRecord(String id, String pairingId, ActivityKind kind, LocalDate doneOn) {}
