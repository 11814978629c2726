package io.huike.plumbing.problems;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.FieldViolation;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    enum Colour {
        RED,
        GREEN
    }

    record Item(String name, int quantity) {}

    record Order(Colour colour, List<Item> items) {}

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        FieldViolation violation = violationReading("{\"colour\":\"BLUE\",\"items\":[]}");

        assertThat(violation).isEqualTo(new FieldViolation("colour", "must be one of: RED, GREEN"));
    }

    @Test
    void aWrongTypeInsideAListNamesThePathToIt() {
        FieldViolation violation =
                violationReading("{\"colour\":\"RED\",\"items\":[{\"name\":\"a\",\"quantity\":\"many\"}]}");

        assertThat(violation.field()).isEqualTo("items[0].quantity");
        assertThat(violation.message()).isEqualTo("must be a number");
    }

    @Test
    void brokenJsonBlamesTheBody() {
        assertThat(violationReading("{\"colour\":")).isEqualTo(new FieldViolation("body", "is not well-formed JSON"));
    }

    @Test
    void anExtensionMayNotTakeTheNameOfAStandardMember() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Conflict(
                        "case-not-closed", "Not closed yet", java.util.Map.of("status", "CASE_REGISTERED")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusedConnectionASessionCutOffByAStopOrAnEmptyPoolIsTheDatabaseBeingUnavailable() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        SQLException poolTimeout = new SQLException("Sorry, acquisition timeout!");
        SQLException cutOffByAStop =
                new SQLException("FATAL: terminating connection due to administrator command", "57P01");

        assertThat(ProblemMappers.isDatabaseUnavailable(new PersistenceException(new RuntimeException(refused))))
                .isTrue();
        assertThat(ProblemMappers.isDatabaseUnavailable(new PersistenceException(poolTimeout)))
                .isTrue();
        assertThat(ProblemMappers.isDatabaseUnavailable(new PersistenceException(cutOffByAStop)))
                .isTrue();
    }

    @Test
    void aRefusedStatementIsNotTheDatabaseBeingUnavailable() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(ProblemMappers.isDatabaseUnavailable(new PersistenceException(duplicate)))
                .isFalse();
    }

    private FieldViolation violationReading(String json) {
        try {
            mapper.readValue(json, Order.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ProblemMappers.violationOf(e);
        }
        throw new AssertionError("expected the JSON to be refused: " + json);
    }
}
