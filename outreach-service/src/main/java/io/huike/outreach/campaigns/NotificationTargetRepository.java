package io.huike.outreach.campaigns;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads a notification campaign's list only through a campaign of the communities the caller may touch. */
@ApplicationScoped
public class NotificationTargetRepository implements PanacheRepositoryBase<NotificationTarget, UUID> {

    /** Everyone on the campaign's list, in the order they were listed. */
    public List<NotificationTarget> ofCampaign(UUID campaignId, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list(
                "campaignId = ?1" + NotificationCampaignRepository.CAMPAIGN_IN_SCOPE,
                Sort.ascending("position"),
                campaignId,
                community,
                communities);
    }
}
