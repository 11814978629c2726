package io.huike.reporting.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The fields of {@code duty-shift.scheduled.v1}, {@code duty-shift.swapped.v1} and {@code duty.checked-in.v1} this
 * service needs: every one of them names the shift, its day and the member on duty; a check-in says when and
 * whether late.
 */
public record DutyShiftEvent(UUID shiftId, String memberId, LocalDate date, Instant checkedInAt, Boolean late) {}
