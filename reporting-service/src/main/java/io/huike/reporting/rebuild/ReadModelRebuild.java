package io.huike.reporting.rebuild;

import io.huike.kernel.refusals.Conflict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Drops every read model and replays the topics from their start into them. The live consumers keep running:
 * the inbox makes each event apply once and the case fold does not depend on arrival order, so an event the live
 * consumer applies during the replay is simply recognised as a repeat by the other. The end offsets are taken
 * after the tables are emptied, so everything applied before is replayed.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    /** The advisory lock's key: "rebuild" in ASCII, so that no other lock of the database takes it. */
    private static final long LOCK_KEY = 0x72656275696c64L;

    /** What a rebuild did. */
    public record Result(long events, double seconds, double eventsPerSecond) {}

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final EventReplay replay;

    ReadModelRebuild(EntityManager entityManager, DataSource dataSource, EventReplay replay) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.replay = replay;
    }

    /**
     * Runs one rebuild to the end; a second one asked for meanwhile, on this instance or another, is refused with
     * 409. The PostgreSQL advisory lock is held by a connection of its own for the whole rebuild.
     */
    public Result rebuild() {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisoryLock(lock, "pg_try_advisory_lock")) {
                throw new Conflict("rebuild-running", "A rebuild is running; wait for it to finish", null);
            }
            try {
                return rebuildLocked();
            } finally {
                advisoryLock(lock, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the rebuild lock", e);
        }
    }

    private static boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private Result rebuildLocked() {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager.createNativeQuery("""
                truncate case_event, case_fact, reception_visit, community, duty_shift, pairing, outreach_activity,
                    campaign_contact, volunteer, volunteer_service, case_month_tally, case_flow_month_tally,
                    reception_visit_month_tally, case_deadline_tally, duty_shift_month_tally, inbox_event,
                    inbox_aggregate""").executeUpdate());
        long started = System.nanoTime();
        long events = replay.replayFromStart();
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        Result result =
                new Result(events, Math.round(seconds * 1000) / 1000.0, Math.round(events / seconds * 10) / 10.0);
        LOG.infof(
                "Rebuilt the read models from %d events in %.3f s (%.1f events/s)",
                events, seconds, result.eventsPerSecond());
        return result;
    }
}
