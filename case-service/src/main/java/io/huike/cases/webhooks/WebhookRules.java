package io.huike.cases.webhooks;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.List;

/** The plain rules of webhooks, set up from the configuration (singletons: the rules are final classes). */
public class WebhookRules {

    @Produces
    @Singleton
    WebhookAddresses addresses(WebhookSettings settings) {
        return new WebhookAddresses(settings.allowedPrivateNetworks().orElse(List.of()), InetAddress::getAllByName);
    }

    @Produces
    @Singleton
    RetrySchedule retrySchedule(WebhookSettings settings) {
        return new RetrySchedule(settings.retryDelays());
    }
}
