package io.huike.workbench.clients;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads a word a service has and the workbench does not know yet (a new category, say) as no value, which the page
 * leaves blank, rather than failing the whole page. The services may grow their vocabulary before the workbench.
 */
@Singleton
public class LenientEnums implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    }
}
