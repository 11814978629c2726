package io.huike.plumbing.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.plumbing.events.MalformedEventException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class InboundEventsTest {

    @Test
    void aLostConnectionIsRetriedButAConstraintViolationIsNot() {
        var connectionRefused = new PersistenceException(new SQLException("Connection refused", "08001"));
        var deadlock = new PersistenceException(new SQLException("deadlock detected", "40P01"));
        var notNull = new PersistenceException(new SQLException("null value in column", "23502"));

        assertThat(InboundEvents.isTransient(connectionRefused)).isTrue();
        assertThat(InboundEvents.isTransient(deadlock)).isTrue();
        assertThat(InboundEvents.isTransient(notNull)).isFalse();
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsRetried() {
        assertThat(InboundEvents.isTransient(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isTrue();
    }

    @Test
    void aPayloadThatDoesNotFitIsNeverRetried() {
        assertThat(InboundEvents.isTransient(new MalformedEventException("bad", null)))
                .isFalse();
        assertThat(InboundEvents.isTransient(new IllegalArgumentException("bad")))
                .isFalse();
    }
}
