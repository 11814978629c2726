package io.huike.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    void everyExampleHasAnEventIdOfItsOwnAsAConsumersInboxRequires() throws Exception {
        Map<String, String> typeById = new HashMap<>();
        for (String type : catalogue.types()) {
            for (String example : catalogue.examples(type)) {
                String id = JSON.readTree(example).path("id").asText();
                assertThat(typeById.put(id, type))
                        .as(type + " shares its example's id")
                        .isNull();
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
