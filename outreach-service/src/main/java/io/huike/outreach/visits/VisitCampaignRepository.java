package io.huike.outreach.visits;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Reads visit campaigns only within the communities the caller may touch. */
@ApplicationScoped
public class VisitCampaignRepository implements CommunityScopedRepository<VisitCampaign> {

    public List<VisitCampaign> listInScope(String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("communityId", Sort.descending("dueDate").and("id"), community);
    }
}
