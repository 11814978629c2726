package io.huike.workbench.outreach.client;

import java.time.Instant;

/** A recorded contact. */
public record ContactRecord(String id, String targetId, ContactOutcome outcome, Instant contactedAt) {}
