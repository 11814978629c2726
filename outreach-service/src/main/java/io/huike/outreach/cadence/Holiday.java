package io.huike.outreach.cadence;

import java.time.LocalDate;

/** A public holiday by its name and first day off, e.g. 春节 from 2026-02-15. */
public record Holiday(String name, LocalDate firstDay) {}
