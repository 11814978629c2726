package io.huike.workbench.roster.client;

import java.time.LocalDate;

/** A day the community closed its reception room on an official working day, and why. */
public record ClosureRecord(String id, LocalDate date, String reason) {}
