package io.huike.outreach.visits;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

/** Reads the visit log only within the communities the caller may touch. */
@ApplicationScoped
public class VisitRepository implements CommunityScopedRepository<Visit> {

    /** One page of a community's visits, newest first, optionally of one household or one campaign. */
    public List<Visit> listInScope(
            String community, Collection<String> communities, UUID householdId, UUID campaignId, int page, int size) {
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
        if (campaignId != null) {
            query.append(" and campaignId = :campaign");
            params.put("campaign", campaignId);
        }
        return find(query.toString(), Sort.descending("visitedOn", "recordedAt"), params)
                .page(Page.of(page, size))
                .list();
    }

    /** Every visit of a campaign, for its progress. */
    public List<Visit> ofCampaign(UUID campaignId, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("communityId = ?1 and campaignId = ?2", community, campaignId);
    }
}
