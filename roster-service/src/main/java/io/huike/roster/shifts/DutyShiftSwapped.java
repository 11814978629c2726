package io.huike.roster.shifts;

import io.huike.plumbing.events.EventType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A shift changed hands after an approved swap; {@code memberId} is now on duty instead of the previous member. */
@EventType("duty-shift.swapped.v1")
public record DutyShiftSwapped(
        UUID shiftId,
        UUID swapRequestId,
        UUID roomId,
        UUID previousMemberId,
        UUID memberId,
        LocalDate date,
        String shiftCode,
        LocalTime startTime,
        LocalTime endTime,
        String zone) {}
