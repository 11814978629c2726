package io.huike.outreach.visits;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads concerns within the communities the caller may touch. The case service's events find theirs by the
 * envelope's community instead, since a consumer has no caller.
 */
@ApplicationScoped
public class ConcernRepository implements CommunityScopedRepository<Concern> {

    /** One page of a community's concerns, newest first, optionally of one household or visit. */
    public List<Concern> listInScope(
            String community, Collection<String> communities, UUID householdId, UUID visitId, int page, int size) {
        if (!communities.contains(community)) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("communityId = :community");
        var params = new HashMap<String, Object>();
        params.put("community", community);
        if (householdId != null) {
            query.append(" and householdId = :household");
            params.put("household", householdId);
        }
        if (visitId != null) {
            query.append(" and visitId = :visit");
            params.put("visit", visitId);
        }
        return find(query.toString(), Sort.descending("raisedAt").and("id"), params)
                .page(Page.of(page, size))
                .list();
    }

    /** The concerns of some visits, for showing each visit with what was found on it. */
    public List<Concern> ofVisits(String community, Collection<String> communities, Collection<UUID> visitIds) {
        if (!communities.contains(community) || visitIds.isEmpty()) {
            return List.of();
        }
        return list("communityId = ?1 and visitId in ?2", Sort.ascending("raisedAt", "id"), community, visitIds);
    }

    Optional<Concern> ofCommunity(UUID id, String community) {
        return find("id = ?1 and communityId = ?2", id, community).firstResultOptional();
    }

    Optional<Concern> ofCase(UUID caseId, String community) {
        return find("caseId = ?1 and communityId = ?2", caseId, community).firstResultOptional();
    }
}
