package io.huike.reporting.figures;

import java.time.Instant;

/**
 * Overdue open cases held by one handler (or by nobody yet: {@code assigneeId} null).
 *
 * @param oldestDueAt the earliest deadline passed among them
 */
public record OverdueWork(String communityId, String assigneeId, long overdueCases, Instant oldestDueAt) {}
