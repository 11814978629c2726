package io.huike.workbench.roster.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A duty shift with the duty actually kept: when its member checked in and out (null while not). */
public record KeptShift(
        String id,
        String roomId,
        LocalDate date,
        String shiftCode,
        LocalTime startTime,
        LocalTime endTime,
        String memberId,
        Instant checkedInAt,
        Instant checkedOutAt) {

    /** A shift as planned, of which nothing is known to have been kept. */
    public static KeptShift planned(ShiftView s) {
        return new KeptShift(
                s.id(), s.roomId(), s.date(), s.shiftCode(), s.startTime(), s.endTime(), s.memberId(), null, null);
    }
}
