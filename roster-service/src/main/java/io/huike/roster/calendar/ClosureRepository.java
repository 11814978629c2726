package io.huike.roster.calendar;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Reads a community's closures only within the communities the caller may touch, and stores new ones. */
@ApplicationScoped
class ClosureRepository implements CommunityScopedRepository<Closure> {

    /** Whether the community is closed on the day; the caller has already checked the community is in scope. */
    public boolean closedOn(String community, LocalDate day) {
        return count("communityId = ?1 and day = ?2", community, day) > 0;
    }

    public List<Closure> listInScope(String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("communityId = ?1 order by day", community);
    }
}
