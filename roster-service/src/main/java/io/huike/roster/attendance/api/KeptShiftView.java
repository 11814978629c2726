package io.huike.roster.attendance.api;

import io.huike.roster.shifts.DutyShift;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A duty shift with the duty actually kept: when its member checked in and out. */
public record KeptShiftView(
        UUID id,
        UUID roomId,
        LocalDate date,
        String shiftCode,
        LocalTime startTime,
        LocalTime endTime,
        UUID memberId,
        Instant checkedInAt,
        Instant checkedOutAt) {

    static KeptShiftView of(DutyShift s) {
        return new KeptShiftView(
                s.id(),
                s.roomId(),
                s.day(),
                s.shiftCode(),
                s.startsAt(),
                s.endsAt(),
                s.memberId(),
                s.checkedInAt(),
                s.checkedOutAt());
    }
}
