package io.huike.roster.rosters;

import io.huike.kernel.refusals.NotFound;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Duty shifts, always read within the caller's communities. */
@ApplicationScoped
public class DutyShifts implements PanacheRepositoryBase<DutyShift, UUID> {

    /** A community's shifts from {@code first} to {@code last}, both included, optionally at one room. */
    public List<DutyShift> between(
            String community, Collection<String> scope, LocalDate first, LocalDate last, UUID room) {
        if (!scope.contains(community)) {
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

    /** A shift of the community in the caller's scope, or 404. */
    public DutyShift require(String community, UUID id, Collection<String> scope) {
        return findInScope(community, id, scope)
                .orElseThrow(() -> new NotFound("No duty shift " + id + " in community " + community));
    }

    public Optional<DutyShift> findInScope(String community, UUID id, Collection<String> scope) {
        if (!scope.contains(community)) {
            return Optional.empty();
        }
        return find("id = ?1 and communityId = ?2", id, community).firstResultOptional();
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
