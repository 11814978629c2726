package io.huike.roster.shifts;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads duty shifts only within the communities the caller may touch, and stores scheduled ones. */
@ApplicationScoped
public class DutyShiftRepository implements CommunityScopedRepository<DutyShift> {

    /** A community's shifts from {@code first} to {@code last}, both included, optionally at one room. */
    public List<DutyShift> between(
            String community, Collection<String> communities, LocalDate first, LocalDate last, UUID room) {
        if (!communities.contains(community)) {
            return List.of();
        }
        if (room == null) {
            return list(
                    "communityId = ?1 and day between ?2 and ?3 order by day, startsAt, roomId",
                    community,
                    first,
                    last);
        }
        return list(
                "communityId = ?1 and day between ?2 and ?3 and roomId = ?4 order by day, startsAt",
                community,
                first,
                last,
                room);
    }

    /** Whether the member already has a shift that day at any room of the community. */
    public boolean onDuty(UUID memberId, LocalDate day) {
        return count("memberId = ?1 and day = ?2", memberId, day) > 0;
    }

    /** A member's shifts between two days, both included, by the member id alone: the caller checked access. */
    public List<DutyShift> ofMemberBetween(UUID memberId, LocalDate first, LocalDate last) {
        return list("memberId = ?1 and day between ?2 and ?3 order by day, startsAt", memberId, first, last);
    }

    public List<DutyShift> ofRoster(UUID rosterId) {
        return list("rosterId = ?1 order by day, startsAt", rosterId);
    }
}
