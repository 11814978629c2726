package io.huike.plumbing.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParameterChecksTest {

    enum Colour {
        RED,
        GREEN
    }

    /** An endpoint's signature with every kind of typed parameter the services use. */
    @SuppressWarnings("unused")
    static void endpoint(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @PathParam("month") YearMonth month,
            @QueryParam("on") LocalDate on,
            @QueryParam("at") OffsetDateTime at,
            @QueryParam("active") boolean active,
            @QueryParam("year") Integer year,
            @QueryParam("page") int page,
            @QueryParam("colour") List<Colour> colours) {}

    private static void check(String name, String value) throws Exception {
        Method method = ParameterChecksTest.class.getDeclaredMethod(
                "endpoint",
                String.class,
                UUID.class,
                YearMonth.class,
                LocalDate.class,
                OffsetDateTime.class,
                boolean.class,
                Integer.class,
                int.class,
                List.class);
        for (ParameterChecks.Check check : ParameterChecks.checksOf(method)) {
            if (check.name().equals(name)) {
                check.reader().accept(name, value);
                return;
            }
        }
        throw new AssertionError("no check for " + name);
    }

    private static FieldViolation refusal(String name, String value) {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> check(name, value));
        assertThat(refused).as("%s=%s is refused", name, value).isNotNull();
        return refused.violations().get(0);
    }

    @Test
    void textParametersTakeAnyTextButControlCharacters() throws Exception {
        check("community", "鼓楼 \"社区\" 100%");
        for (String value : List.of("gulou\u0000", "a\tb", "a\nb", "\u007f", "gulou ", " gulou")) {
            assertThat(refusal("community", value).field()).isEqualTo("community");
        }
    }

    @Test
    void aWordWhereAUuidNumberOrBooleanIsExpectedIsRefusedNamingTheParameter() {
        for (String value : List.of("abc", "1-2-3-4-5", "", " ", "7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6", "null")) {
            FieldViolation violation = refusal("id", value);
            assertThat(violation.field()).isEqualTo("id");
            assertThat(violation.message()).contains("UUID");
        }
        for (String value : List.of("abc", "1.5", "99999999999", " 1", "")) {
            assertThat(refusal("page", value).field()).isEqualTo("page");
        }
        for (String value : List.of("yes", "1", "TRUE", "", "on")) {
            FieldViolation violation = refusal("active", value);
            assertThat(violation.field()).isEqualTo("active");
            assertThat(violation.message()).isEqualTo("must be true or false");
        }
        assertThat(refusal("colour", "BLUE").message()).isEqualTo("must be one of: RED, GREEN");
    }

    @Test
    void datesMonthsAndYearsOutsideThePlatformsYearsAreRefused() {
        for (String value : List.of(
                "-999999999-01-01", "+999999999-12-31", "-4714-11-24", "1899-12-31", "2200-01-01", "2026-02-30")) {
            assertThat(refusal("on", value).field()).isEqualTo("on");
        }
        for (String value : List.of("-999999999-01", "+999999999-12", "1899-12", "2200-01", "2026-13", "2026-5")) {
            assertThat(refusal("month", value).field()).isEqualTo("month");
        }
        for (String value : List.of("-999999999", "999999999", "-4714", "1899", "2200", "twenty")) {
            assertThat(refusal("year", value).field()).isEqualTo("year");
        }
        for (String value : List.of("+999999999-12-31T00:00:00+08:00", "2026-05-06T09:00:00", "now")) {
            assertThat(refusal("at", value).field()).isEqualTo("at");
        }
    }

    @Test
    void valuesWithinTheRulesPass() {
        assertThatCode(() -> {
                    check("id", "7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c");
                    check("id", "7B9E4C1A-2D3F-4E5A-9B8C-1D2E3F4A5B6C");
                    check("page", "-3");
                    check("active", "true");
                    check("active", "false");
                    check("on", "1900-01-01");
                    check("on", "2199-12-31");
                    check("month", "2026-05");
                    check("year", "2026");
                    check("at", "2026-05-06T09:00:00+08:00");
                    check("colour", "GREEN");
                })
                .doesNotThrowAnyException();
    }

    @Test
    void theBoundsAreWrittenOnce() {
        assertThat(QueryValues.isWithinYears(QueryValues.FIRST_YEAR)).isTrue();
        assertThat(QueryValues.isWithinYears(QueryValues.LAST_YEAR)).isTrue();
        assertThat(QueryValues.isWithinYears(QueryValues.FIRST_YEAR - 1)).isFalse();
        assertThat(QueryValues.isWithinYears(QueryValues.LAST_YEAR + 1)).isFalse();
        assertThat(QueryValues.date("from", "2199-12-31")).isEqualTo(LocalDate.of(2199, 12, 31));
        assertThat(QueryValues.yearMonth("month", null)).isNull();
    }
}
