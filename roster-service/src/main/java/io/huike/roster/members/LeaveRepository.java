package io.huike.roster.members;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads members' leave only within the communities the caller may touch, and stores new leave. */
@ApplicationScoped
public class LeaveRepository implements PanacheRepositoryBase<Leave, UUID> {

    /** The community's leave that touches the given days. */
    public List<Leave> between(String community, Collection<String> communities, LocalDate first, LocalDate last) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("communityId = ?1 and firstDay <= ?3 and lastDay >= ?2 order by firstDay", community, first, last);
    }

    /** A member's leave, by the member id alone: the caller has already found the member in scope. */
    public List<Leave> of(UUID memberId) {
        return list("memberId = ?1 order by firstDay", memberId);
    }

    /** One leave of a member, by the member id alone: the caller has already found the member in scope. */
    public Optional<Leave> ofMember(UUID memberId, UUID leaveId) {
        return find("id = ?1 and memberId = ?2", leaveId, memberId).firstResultOptional();
    }
}
