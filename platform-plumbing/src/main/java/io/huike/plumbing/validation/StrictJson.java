package io.huike.plumbing.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Refuses a request body that is more than one JSON value ({@code {"a":1} xyz}) or names a field twice
 * ({@code {"a":1,"a":2}}). Jackson would otherwise read the first value and drop the rest, or keep the last of the
 * two, so what was stored was not what the caller's own JSON tools showed them. Dates and times must fall in the
 * platform's years ({@link QueryValues#FIRST_YEAR} to {@link QueryValues#LAST_YEAR}), as in parameters: ISO allows
 * years the database cannot store.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("platform-years").setDeserializerModifier(new WithinYearsModifier()));
    }

    /** Wraps the reader of every date and time type in a check of its year. */
    static final class WithinYearsModifier extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            return isTemporal(description.getBeanClass()) ? new WithinYears(deserializer) : deserializer;
        }

        private static boolean isTemporal(Class<?> type) {
            return type == LocalDate.class
                    || type == YearMonth.class
                    || type == OffsetDateTime.class
                    || type == LocalDateTime.class
                    || type == ZonedDateTime.class
                    || type == Instant.class;
        }
    }

    /** The year of a date or time value, {@code null} for any other value. */
    static Integer yearOf(Object value) {
        if (value instanceof LocalDate date) {
            return date.getYear();
        }
        if (value instanceof YearMonth month) {
            return month.getYear();
        }
        if (value instanceof OffsetDateTime time) {
            return time.getYear();
        }
        if (value instanceof LocalDateTime time) {
            return time.getYear();
        }
        if (value instanceof ZonedDateTime time) {
            return time.getYear();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC).getYear();
        }
        return null;
    }

    /** A date or time reader that refuses a year outside the platform's. */
    static final class WithinYears extends DelegatingDeserializer {

        WithinYears(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new WithinYears(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            Integer year = yearOf(value);
            if (year != null && !QueryValues.isWithinYears(year)) {
                throw InvalidFormatException.from(
                        parser,
                        "must fall in years " + QueryValues.FIRST_YEAR + " to " + QueryValues.LAST_YEAR,
                        value,
                        handledType());
            }
            return value;
        }
    }
}
