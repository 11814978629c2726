package io.huike.roster.shifts;

import io.huike.roster.members.Leave;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Who is on duty over a day or at a moment, and which shifts a member's leave falls on; never changes a row. */
@ApplicationScoped
public class DutyShiftQueries {

    private final DutyShiftRepository shifts;

    DutyShiftQueries(DutyShiftRepository shifts) {
        this.shifts = shifts;
    }

    /** Every shift of the day at the community's rooms, or at one room, in the order of the day. */
    public List<DutyShift> ofDay(String community, Collection<String> scope, LocalDate day, UUID room) {
        return shifts.between(community, scope, day, day, room);
    }

    /** The shifts running at the moment at the community's rooms, or at one room. */
    public List<DutyShift> runningAt(String community, Collection<String> scope, ZonedDateTime moment, UUID room) {
        // Shift times are local in Shanghai, so the moment's day is the day there, whatever offset it came with.
        LocalDate day = moment.withZoneSameInstant(DutyShift.ZONE).toLocalDate();
        return ofDay(community, scope, day, room).stream()
                .filter(shift -> shift.runsAt(moment))
                .toList();
    }

    /** The ids of the member's shifts already scheduled inside the leave: each needs a swap. */
    public List<UUID> toHandOver(Leave leave) {
        return shifts.ofMemberBetween(leave.memberId(), leave.firstDay(), leave.lastDay()).stream()
                .map(DutyShift::id)
                .toList();
    }
}
