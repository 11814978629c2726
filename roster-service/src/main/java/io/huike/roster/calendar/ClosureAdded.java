package io.huike.roster.calendar;

import io.huike.plumbing.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** A community closed on a day the official calendar has as a working day; deadlines skip it. */
@EventType("calendar.closure-added.v1")
public record ClosureAdded(UUID closureId, LocalDate date, String reason) {}
