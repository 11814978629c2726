package io.huike.roster.shifts;

import io.huike.plumbing.events.EventType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A member was put on duty for a shift; with this the case service knows who is on duty without asking.
 *
 * @param startTime local time in {@code zone} (always Asia/Shanghai)
 */
@EventType("duty-shift.scheduled.v1")
public record DutyShiftScheduled(
        UUID shiftId,
        UUID rosterId,
        UUID roomId,
        UUID memberId,
        LocalDate date,
        String shiftCode,
        LocalTime startTime,
        LocalTime endTime,
        String zone) {}
