package io.huike.plumbing.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Refuses {@code ""} where a request body expects a date, time, UUID, number or other typed value. Jackson would
 * otherwise read it as null, so an optional field written wrongly was stored as absent instead of being refused,
 * against the schema the OpenAPI document publishes. Text fields take {@code ""} as they always did.
 */
@Singleton
public class EmptyStringsAreNotValues implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
