package io.huike.outreach.campaigns;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads the contacts of a notification campaign only through a campaign of the communities the caller may touch. */
@ApplicationScoped
public class CampaignContactRepository implements PanacheRepositoryBase<CampaignContact, UUID> {

    /** Every contact of the campaign, oldest first, so that the last one of a person is the latest. */
    public List<CampaignContact> ofCampaign(UUID campaignId, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list(
                "campaignId = ?1" + NotificationCampaignRepository.CAMPAIGN_IN_SCOPE,
                Sort.ascending("contactedAt", "id"),
                campaignId,
                community,
                communities);
    }
}
