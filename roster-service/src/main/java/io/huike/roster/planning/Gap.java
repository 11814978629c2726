package io.huike.roster.planning;

import java.time.LocalDate;

/**
 * What a roster could not cover.
 *
 * @param shiftCode the uncovered shift, or {@code null} when the day as a whole lacks a needed skill
 */
public record Gap(LocalDate day, String shiftCode, GapReason reason) {}
