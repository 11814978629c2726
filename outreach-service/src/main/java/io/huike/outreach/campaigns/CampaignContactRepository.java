package io.huike.outreach.campaigns;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the contacts of a notification campaign only through a campaign of the communities the caller may touch. */
@ApplicationScoped
public class CampaignContactRepository implements PanacheRepositoryBase<CampaignContact, UUID> {

    /** One contact with a person on the campaign, found only through a campaign in scope. */
    public Optional<CampaignContact> findInScope(
            UUID campaignId, UUID targetId, UUID contactId, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return Optional.empty();
        }
        return find(
                        "campaignId = ?1" + NotificationCampaignRepository.CAMPAIGN_IN_SCOPE
                                + " and targetId = ?4 and id = ?5",
                        campaignId,
                        community,
                        communities,
                        targetId,
                        contactId)
                .firstResultOptional();
    }

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
