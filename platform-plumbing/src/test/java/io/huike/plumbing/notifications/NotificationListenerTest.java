package io.huike.plumbing.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A listener on the real PostgreSQL server hears what other sessions commit, and listens again after losing its connection. */
class NotificationListenerTest {

    /** How long a wait may last before the test gives up: a guard against hanging, not a measure. */
    private static final long PATIENCE_SECONDS = 30;

    // The server as platform-testing's PostgresTestDatabase finds it (that module builds on this one).
    private static final String URL =
            "jdbc:postgresql://" + env("HUIKE_PG_HOST", "127.0.0.1") + ":" + env("HUIKE_PG_PORT", "5432") + "/postgres";
    private static final String USER = env("HUIKE_PG_USER", "postgres");

    private final String channel =
            "listener_test_" + UUID.randomUUID().toString().replace("-", "");
    private final BlockingQueue<String> told = new LinkedBlockingQueue<>();

    @Test
    void aListenerHearsWhatAnotherSessionCommitsAndNothingItRollsBack() throws Exception {
        try (NotificationListener listener = listener()) {
            assertThat(next()).isEqualTo("listening");

            notify("rolled-back", false);
            notify("gulou", true);

            assertThat(next()).isEqualTo("notified gulou");
        }
    }

    @Test
    void aListenerThatLostItsConnectionSaysSoAndListensAgain() throws Exception {
        try (NotificationListener listener = listener()) {
            assertThat(next()).isEqualTo("listening");

            try (Connection admin = DriverManager.getConnection(URL, USER, "");
                    PreparedStatement terminate = admin.prepareStatement(
                            "select pg_terminate_backend(pid) from pg_stat_activity where query = ?")) {
                terminate.setString(1, "LISTEN " + channel);
                try (ResultSet rows = terminate.executeQuery()) {
                    assertThat(rows.next())
                            .as("the listener's session was found")
                            .isTrue();
                }
            }

            assertThat(next()).isEqualTo("deaf");
            assertThat(next()).isEqualTo("listening");
            notify("gulou", true);
            assertThat(next()).isEqualTo("notified gulou");
        }
    }

    private NotificationListener listener() {
        return new NotificationListener(URL, USER, null, channel, new NotificationListener.Subscriber() {
                    @Override
                    public void listening() {
                        told.add("listening");
                    }

                    @Override
                    public void notified(String payload) {
                        told.add("notified " + payload);
                    }

                    @Override
                    public void deaf() {
                        told.add("deaf");
                    }
                })
                .start();
    }

    private String next() throws InterruptedException {
        return told.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    private void notify(String payload, boolean commit) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
            connection.setAutoCommit(false);
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, channel);
                notify.setString(2, payload);
                notify.execute();
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
