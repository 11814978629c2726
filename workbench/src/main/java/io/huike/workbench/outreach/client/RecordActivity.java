package io.huike.workbench.outreach.client;

import java.time.LocalDate;

/** What a member did with the paired household, on which day; the member is the pairing's. */
public record RecordActivity(ActivityKind kind, LocalDate doneOn, String notes) {}
