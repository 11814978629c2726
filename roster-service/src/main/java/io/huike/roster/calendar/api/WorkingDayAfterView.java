package io.huike.roster.calendar.api;

import java.time.LocalDate;

/** The {@code n}th working day after {@code from} for a community. */
public record WorkingDayAfterView(LocalDate from, int n, LocalDate date) {}
