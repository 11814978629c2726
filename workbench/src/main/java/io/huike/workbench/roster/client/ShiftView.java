package io.huike.workbench.roster.client;

import java.time.LocalDate;
import java.time.LocalTime;

/** A duty shift; times are local (Asia/Shanghai). */
public record ShiftView(
        String id,
        String roomId,
        LocalDate date,
        String shiftCode,
        LocalTime startTime,
        LocalTime endTime,
        String memberId,
        String memberName) {}
