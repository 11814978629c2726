package io.huike.plumbing.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    record Visit(LocalDate visitedOn, UUID campaignId, String notes) {}

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    InputRulesTest() {
        new EmptyStringsAreNotValues().customize(mapper);
    }

    @Test
    void plainTextOfAnyLengthIsCheckedWithoutExhaustingTheStack() {
        Pattern plainText = Pattern.compile(PlainText.PATTERN);

        assertThat(plainText.matcher("杨先生家门口污水管堵塞👍🏻\n".repeat(20_000)).matches())
                .isTrue();
        assertThat(plainText.matcher("污水管".repeat(20_000) + "\u0001").matches()).isFalse();
        assertThat(plainText.matcher("a\u0000b").matches()).isFalse();
        assertThat(plainText.matcher("第一行\r\n第二行\t完").matches()).isTrue();
    }

    @Test
    void anEmptyStringIsNoDateAndNoUuid() {
        assertThatThrownBy(() -> mapper.readValue("{\"visitedOn\":\"\"}", Visit.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"campaignId\":\"\"}", Visit.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @Test
    void anEmptyStringIsStillEmptyText() throws Exception {
        assertThat(mapper.readValue("{\"notes\":\"\"}", Visit.class).notes()).isEmpty();
    }
}
