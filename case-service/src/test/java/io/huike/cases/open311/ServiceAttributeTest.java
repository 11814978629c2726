package io.huike.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.kernel.refusals.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceAttributeTest {

    private final ServiceAttribute households =
            new ServiceAttribute("households", ServiceAttribute.Datatype.NUMBER, false, 1, "受影响户数", "几户？", List.of());

    @Test
    void aNumberIsAWholeNumberOfZeroOrMore() {
        assertThat(answer(households, "12")).contains("受影响户数：12");
        assertThat(answer(households, "0")).contains("受影响户数：0");
        for (String bad : List.of("-1", "1.5", "twelve", "1e99")) {
            List<FieldViolation> faults = new ArrayList<>();
            assertThat(households.answer(List.of(bad), faults)).as(bad).isEmpty();
            assertThat(faults).extracting(FieldViolation::field).as(bad).containsExactly("attribute[households]");
        }
    }

    @Test
    void anOptionalAttributeLeftOutIsNoAnswerAndNoFault() {
        List<FieldViolation> faults = new ArrayList<>();
        assertThat(households.answer(List.of(), faults)).isEmpty();
        assertThat(faults).isEmpty();
    }

    @Test
    void aStringIsOneLine() {
        ServiceAttribute floor =
                new ServiceAttribute("floor", ServiceAttribute.Datatype.STRING, true, 1, "楼层", "几楼？", List.of());
        assertThat(answer(floor, "3楼")).contains("楼层：3楼");
        assertThat(answer(floor, "3楼\n4楼")).isEmpty();
        assertThat(answer(floor, "楼".repeat(ServiceAttribute.STRING_MAX + 1))).isEmpty();
        assertThat(answer(floor, "3楼\u0000")).isEmpty();
    }

    private static java.util.Optional<String> answer(ServiceAttribute attribute, String value) {
        return attribute.answer(List.of(value), new ArrayList<>());
    }
}
