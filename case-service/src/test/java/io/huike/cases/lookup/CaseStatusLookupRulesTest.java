package io.huike.cases.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseStatusLookupRulesTest {

    @Test
    void theLastFourDigitsOfThePhoneMatchHoweverItWasWritten() {
        assertThat(CaseStatusLookup.lastFourMatch("13812345678", "5678")).isTrue();
        assertThat(CaseStatusLookup.lastFourMatch("+8613812345678", "5678")).isTrue();
        assertThat(CaseStatusLookup.lastFourMatch("13812345678", "5679")).isFalse();
        assertThat(CaseStatusLookup.lastFourMatch("13812345678", "1234")).isFalse();
    }

    @Test
    void aCaseWithoutAPhoneMatchesNoDigits() {
        assertThat(CaseStatusLookup.lastFourMatch(null, "0000")).isFalse();
        assertThat(CaseStatusLookup.lastFourMatch("", "----")).isFalse();
        assertThat(CaseStatusLookup.lastFourMatch("123", "0123")).isFalse();
    }

    @Test
    void trackingNumbersAreLookedUpInCapitals() {
        assertThat(CaseStatusLookup.normalized(" gl-2026-000123 ")).isEqualTo("GL-2026-000123");
    }
}
