package io.huike.roster.members.api;

import io.huike.roster.members.Leave;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recorded leave.
 *
 * @param shiftsToHandOver the member's duty shifts already scheduled inside the leave: each needs a swap
 */
public record LeaveView(
        UUID id, UUID memberId, LocalDate firstDay, LocalDate lastDay, String reason, List<UUID> shiftsToHandOver) {

    static LeaveView of(Leave l, List<UUID> shiftsToHandOver) {
        return new LeaveView(l.id(), l.memberId(), l.firstDay(), l.lastDay(), l.reason(), shiftsToHandOver);
    }
}
