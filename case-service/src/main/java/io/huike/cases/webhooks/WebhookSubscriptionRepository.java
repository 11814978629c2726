package io.huike.cases.webhooks;

import io.huike.kernel.refusals.NotFound;
import io.huike.plumbing.scoping.CommunityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The webhook subscriptions of each community. */
@ApplicationScoped
public class WebhookSubscriptionRepository implements CommunityScopedRepository<WebhookSubscription> {

    public List<WebhookSubscription> ofCommunity(String community) {
        return list("communityId = ?1 order by createdAt, id", community);
    }

    /** The subscription, if it is the community's; another community's is as unknown as a missing one. */
    public WebhookSubscription require(String community, UUID id) {
        return find("id = ?1 and communityId = ?2", id, community)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("No webhook subscription " + id + " in community " + community));
    }
}
