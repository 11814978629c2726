package io.huike.cases.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DeadlineRuleTest {

    @Test
    void theSchemaAllowsExactlyTheRulesThatCanBeSet() {
        Pattern schema = Pattern.compile(DeadlineRule.PATTERN);
        for (String unit : new String[] {"h", "wd"}) {
            for (int amount = 0; amount <= 999; amount++) {
                String text = amount + unit;
                int max = unit.equals("h") ? DeadlineRule.MAX_HOURS : DeadlineRule.MAX_WORKING_DAYS;
                boolean valid = amount >= 1 && amount <= max;
                assertThat(schema.matcher(text).matches()).as(text).isEqualTo(valid);
                if (valid) {
                    assertThat(DeadlineRule.parse(text).toString()).isEqualTo(text);
                } else {
                    assertThatThrownBy(() -> DeadlineRule.parse(text))
                            .as(text)
                            .isInstanceOf(IllegalArgumentException.class);
                }
            }
        }
    }

    @Test
    void leadingZerosAndOtherUnitsAreNotRules() {
        Pattern schema = Pattern.compile(DeadlineRule.PATTERN);
        for (String text : new String[] {"05h", "024h", "1d", "1 h", "h", "wd", "-1h", "1.5h"}) {
            assertThat(schema.matcher(text).matches()).as(text).isFalse();
        }
    }
}
