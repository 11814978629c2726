package io.huike.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCatalogueTest {

    private final EventCatalogue catalogue = EventCatalogue.load();

    @Test
    void everyCataloguedEventHasAnExampleThatValidatesAgainstItsOwnSchema() {
        assertThat(catalogue.types()).isNotEmpty();
        for (String type : catalogue.types()) {
            assertThat(catalogue.examples(type)).as(type).isNotEmpty();
            for (String example : catalogue.examples(type)) {
                assertThat(catalogue.violations(example)).as(type).isEmpty();
            }
        }
    }

    @Test
    void everyCataloguedEventTravelsOnExactlyOneTopic() {
        for (String type : catalogue.types()) {
            assertThat(catalogue.channelsOf(type)).as(type).hasSize(1);
        }
    }

    @Test
    void anEnvelopeMissingItsCommunityOrWithAWrongPayloadIsRejected() {
        String example = catalogue.examples("case.registered.v1").get(0);
        assertThat(catalogue.violations(example.replace("\"community\":\"gulou\",", "")))
                .isNotEmpty();
        assertThat(catalogue.violations(example.replace("\"POWER_LINES\"", "\"FLYING_SAUCERS\"")))
                .isNotEmpty();
        assertThat(catalogue.violations(example.replace("\"sequence\":1", "\"sequence\":0")))
                .isNotEmpty();
    }

    @Test
    void anUncataloguedTypeIsReported() {
        String example = catalogue.examples("case.registered.v1").get(0);
        assertThat(catalogue.violations(example.replace("case.registered.v1", "case.vanished.v1")))
                .anyMatch(v -> v.contains("not in the catalogue"));
    }
}
