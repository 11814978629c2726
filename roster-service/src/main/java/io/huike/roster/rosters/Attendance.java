package io.huike.roster.rosters;

import io.huike.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.UUID;

/** Check-in and check-out at the room: the duty actually kept against the duty planned. */
@ApplicationScoped
public class Attendance {

    private final DutyShifts shifts;
    private final Outbox outbox;
    private final Clock clock;

    Attendance(DutyShifts shifts, Outbox outbox, Clock clock) {
        this.shifts = shifts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public DutyShift checkIn(String community, UUID shiftId, UUID memberId, Collection<String> scope) {
        DutyShift shift = shifts.require(community, shiftId, scope);
        DutyCheckedIn checkedIn = shift.checkIn(memberId, now());
        outbox.append(shift.id().toString(), community, shift.sequence(), checkedIn);
        return shift;
    }

    @Transactional
    public DutyShift checkOut(String community, UUID shiftId, UUID memberId, Collection<String> scope) {
        DutyShift shift = shifts.require(community, shiftId, scope);
        shift.checkOut(memberId, now());
        return shift;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
