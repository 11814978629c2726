package io.huike.plumbing.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    record Dates(LocalDate day, YearMonth month, OffsetDateTime at, Instant told) {}

    private static final ObjectMapper JSON = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"day\":\"-999999999-01-01\"}",
                "{\"day\":\"-4714-11-24\"}",
                "{\"day\":\"+999999999-12-31\"}",
                "{\"day\":\"1899-12-31\"}",
                "{\"month\":\"2200-01\"}",
                "{\"at\":\"-4714-11-24T00:00:00Z\"}",
                "{\"told\":\"+100000-01-01T00:00:00Z\"}"
            })
    void aDateOrTimeOutsideThePlatformsYearsIsRefusedNamingItsField(String body) {
        InvalidFormatException refused =
                catchThrowableOfType(InvalidFormatException.class, () -> JSON.readValue(body, Dates.class));

        assertThat(refused).as(body).isNotNull();
        assertThat(refused.getPath()).hasSize(1);
        assertThat(body).contains("\"" + refused.getPath().get(0).getFieldName() + "\"");
        assertThat(refused.getOriginalMessage()).isEqualTo("must fall in years 1900 to 2199");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"day\":\"1900-01-01\",\"month\":\"2199-12\"}",
                "{\"at\":\"2026-05-06T09:00:00+08:00\",\"told\":\"2026-05-06T01:00:00Z\"}",
                "{}"
            })
    void datesAndTimesWithinThePlatformsYearsAreRead(String body) throws Exception {
        assertThat(JSON.readValue(body, Dates.class)).isNotNull();
    }
}
