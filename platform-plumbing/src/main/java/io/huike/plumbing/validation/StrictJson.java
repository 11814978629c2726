package io.huike.plumbing.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Refuses a request body that is more than one JSON value ({@code {"a":1} xyz}) or names a field twice
 * ({@code {"a":1,"a":2}}). Jackson would otherwise read the first value and drop the rest, or keep the last of the
 * two, so what was stored was not what the caller's own JSON tools showed them.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
