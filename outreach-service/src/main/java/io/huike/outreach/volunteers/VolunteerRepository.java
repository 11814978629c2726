package io.huike.outreach.volunteers;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads volunteers only within the communities the caller may touch. */
@ApplicationScoped
public class VolunteerRepository implements CommunityScopedRepository<Volunteer> {

    /** A community's volunteers by name, optionally only those with a skill. */
    public List<Volunteer> listInScope(String community, Collection<String> communities, String skill) {
        if (!communities.contains(community)) {
            return List.of();
        }
        if (skill == null) {
            return list("communityId", Sort.ascending("name", "id"), community);
        }
        return list("communityId = ?1 and ?2 member of skills", Sort.ascending("name", "id"), community, skill);
    }

    public List<Volunteer> byIdsInScope(String community, Collection<String> communities, Collection<UUID> ids) {
        if (!communities.contains(community) || ids.isEmpty()) {
            return List.of();
        }
        return list("communityId = ?1 and id in ?2", community, ids);
    }
}
