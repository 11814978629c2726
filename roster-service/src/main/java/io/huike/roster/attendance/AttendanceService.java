package io.huike.roster.attendance;

import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.UnknownReferences;
import io.huike.plumbing.outbox.Outbox;
import io.huike.roster.members.MemberRepository;
import io.huike.roster.shifts.DutyCheckedIn;
import io.huike.roster.shifts.DutyShift;
import io.huike.roster.shifts.DutyShiftRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.UUID;

/** Check-in and check-out at the room: the duty actually kept against the duty planned. */
@ApplicationScoped
public class AttendanceService {

    private final DutyShiftRepository shifts;
    private final MemberRepository members;
    private final Outbox outbox;
    private final Clock clock;

    AttendanceService(DutyShiftRepository shifts, MemberRepository members, Outbox outbox, Clock clock) {
        this.shifts = shifts;
        this.members = members;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public DutyShift checkIn(String community, UUID shiftId, UUID memberId, Collection<String> scope) {
        DutyShift shift = get(community, shiftId, scope);
        requireMember(community, memberId, scope);
        DutyCheckedIn checkedIn = shift.checkIn(memberId, now());
        outbox.append(shift.id().toString(), community, shift.sequence(), checkedIn);
        return shift;
    }

    @Transactional
    public DutyShift checkOut(String community, UUID shiftId, UUID memberId, Collection<String> scope) {
        DutyShift shift = get(community, shiftId, scope);
        requireMember(community, memberId, scope);
        shift.checkOut(memberId, now());
        return shift;
    }

    /** A shift of the community in the caller's scope, as planned and as kept, or 404. */
    @Transactional
    public DutyShift get(String community, UUID shiftId, Collection<String> scope) {
        return shifts.findInScope(shiftId, community, scope)
                .orElseThrow(() -> new NotFound("No duty shift " + shiftId + " in community " + community));
    }

    /** The body's member must be one of the community's: anyone else is a reference to refuse, not a conflict. */
    private void requireMember(String community, UUID memberId, Collection<String> scope) {
        if (members.findInScope(memberId, community, scope).isEmpty()) {
            throw UnknownReferences.unknownReference("memberId", "member", memberId, community);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
