package io.huike.plumbing.notifications;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on one PostgreSQL notification channel ({@code LISTEN}) over a connection of its own, outside the pool,
 * and hands each payload to a subscriber. A broken connection is reopened; the subscriber is told when listening
 * starts and when it stops, since notifications sent in between are lost and whatever they would have told is
 * unknown. NOTIFY is delivered to every listening session once the sending transaction commits, so every instance
 * of a service hears the changes any instance (or any other writer) commits.
 */
public final class NotificationListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NotificationListener.class);

    /** How long one wait for notifications lasts: also how soon a closed listener's thread ends. */
    private static final int POLL_MILLIS = 1000;

    /** How long to wait before reconnecting after the connection broke. */
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

    /** What a listener tells: listening started, a payload arrived, listening stopped. Called on its own thread. */
    public interface Subscriber {

        /** Listening has started (or started again): notifications from now on will be heard. */
        void listening();

        /** A notification on the channel committed, with this payload. */
        void notified(String payload);

        /** Listening has stopped: notifications sent until {@link #listening()} is called again are lost. */
        void deaf();
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String channel;
    private final Subscriber subscriber;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param channel a plain lower-case identifier: LISTEN takes no parameters, so the name is written into the SQL
     */
    public NotificationListener(String jdbcUrl, String user, String password, String channel, Subscriber subscriber) {
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Name the channel with a plain lower-case identifier: " + channel);
        }
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password == null ? "" : password;
        this.channel = channel;
        this.subscriber = subscriber;
        this.thread = new Thread(this::run, "listen-" + channel);
        this.thread.setDaemon(true);
    }

    /** Starts listening on a thread of its own. */
    public NotificationListener start() {
        thread.start();
        return this;
    }

    private void run() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + channel);
                }
                subscriber.listening();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = notifications.getNotifications(POLL_MILLIS);
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            subscriber.notified(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                subscriber.deaf();
                if (running) {
                    LOG.warnf("Listening on %s stopped (%s); reconnecting", channel, e.getMessage());
                    pause();
                }
            }
        }
        subscriber.deaf();
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops listening and closes the connection; returns once the listener's thread has ended. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
