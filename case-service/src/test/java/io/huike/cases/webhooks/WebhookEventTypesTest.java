package io.huike.cases.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.testing.EventCatalogue;
import org.junit.jupiter.api.Test;

class WebhookEventTypesTest {

    @Test
    void aSubscriptionMayNameEveryTypeOfTheCatalogueAndNoOther() {
        assertThat(WebhookEventTypes.ALL)
                .containsExactlyInAnyOrderElementsOf(EventCatalogue.load().types());
    }
}
