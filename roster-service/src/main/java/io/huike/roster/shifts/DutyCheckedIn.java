package io.huike.roster.shifts;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The member on duty arrived at the reception room: the duty was kept. */
@EventType("duty.checked-in.v1")
public record DutyCheckedIn(
        UUID shiftId,
        UUID memberId,
        UUID roomId,
        LocalDate date,
        String shiftCode,
        Instant checkedInAt,
        boolean late) {}
