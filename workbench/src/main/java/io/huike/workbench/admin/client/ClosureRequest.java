package io.huike.workbench.admin.client;

import java.time.LocalDate;

/** A day the community closes its reception room, and why. */
public record ClosureRequest(LocalDate date, String reason) {}
