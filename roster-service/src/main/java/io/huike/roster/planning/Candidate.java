package io.huike.roster.planning;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A member who may take duty in the month being planned.
 *
 * @param hasDailySkill whether the member has one of the skills a reception day needs at least once (mediation or
 *     policy)
 * @param unavailable days the member is on leave or already on duty elsewhere
 * @param earlierShifts the member's shifts in the months before, so that the extra shifts of an uneven month go
 *     to those who carried fewer lately rather than always to the same members
 */
record Candidate(UUID memberId, boolean hasDailySkill, Set<LocalDate> unavailable, long earlierShifts) {

    Candidate {
        unavailable = Set.copyOf(unavailable);
    }

    boolean availableOn(LocalDate day) {
        return !unavailable.contains(day);
    }
}
