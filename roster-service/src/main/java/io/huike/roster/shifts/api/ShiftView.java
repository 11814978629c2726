package io.huike.roster.shifts.api;

import io.huike.roster.shifts.DutyShift;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

/** A duty shift as callers see it; times are local in Asia/Shanghai. */
public record ShiftView(
        UUID id,
        UUID roomId,
        LocalDate date,
        String shiftCode,
        LocalTime startTime,
        LocalTime endTime,
        UUID memberId,
        String memberName) {

    public static ShiftView of(DutyShift s, Map<UUID, String> names) {
        return new ShiftView(
                s.id(),
                s.roomId(),
                s.day(),
                s.shiftCode(),
                s.startsAt(),
                s.endsAt(),
                s.memberId(),
                names.get(s.memberId()));
    }
}
