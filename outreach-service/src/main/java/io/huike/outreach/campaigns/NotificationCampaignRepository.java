package io.huike.outreach.campaigns;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads notification campaigns only within the communities the caller may touch. */
@ApplicationScoped
public class NotificationCampaignRepository implements CommunityScopedRepository<NotificationCampaign> {

    /**
     * The condition that keeps a campaign's list and contacts (whose rows carry no community) to a campaign of the
     * community and the caller's scope: parameters 1, 2 and 3 are the campaign id, the community and the scope.
     */
    static final String CAMPAIGN_IN_SCOPE = " and exists (select 1 from NotificationCampaign c"
            + " where c.id = ?1 and c.communityId = ?2 and c.communityId in ?3)";

    /** Locked, because each contact takes the next sequence number of the campaign. */
    public Optional<NotificationCampaign> findInScopeForUpdate(
            UUID id, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return Optional.empty();
        }
        return find("id = ?1 and communityId = ?2", id, community)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public List<NotificationCampaign> listInScope(String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("communityId", Sort.descending("dueDate").and("id"), community);
    }
}
