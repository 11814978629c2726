package io.huike.outreach.visits;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads visit campaigns only within the communities the caller may touch. */
@ApplicationScoped
public class VisitCampaignRepository implements PanacheRepositoryBase<VisitCampaign, UUID> {

    public Optional<VisitCampaign> findInScope(UUID id, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return Optional.empty();
        }
        return find("id = ?1 and communityId = ?2", id, community).firstResultOptional();
    }

    public List<VisitCampaign> listInScope(String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("communityId", Sort.descending("dueDate").and("id"), community);
    }
}
