package io.huike.outreach.campaigns;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads campaign lists and contacts only through campaigns of the communities the caller may touch. */
@ApplicationScoped
public class NotificationTargetRepository implements PanacheRepositoryBase<NotificationTarget, UUID> {

    private static final String IN_SCOPE = " and exists (select 1 from NotificationCampaign c"
            + " where c.id = ?1 and c.communityId = ?2 and c.communityId in ?3)";

    public List<NotificationTarget> ofCampaign(UUID campaignId, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("campaignId = ?1" + IN_SCOPE, Sort.ascending("position"), campaignId, community, communities);
    }

    public List<CampaignContact> contactsOf(UUID campaignId, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "from CampaignContact where campaignId = ?1" + IN_SCOPE + " order by contactedAt, id",
                        CampaignContact.class)
                .setParameter(1, campaignId)
                .setParameter(2, community)
                .setParameter(3, communities)
                .getResultList();
    }
}
