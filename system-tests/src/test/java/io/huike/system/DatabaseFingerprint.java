package io.huike.system;

import static org.awaitility.Awaitility.await;

import io.huike.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A digest of every row of every table of a service's database, so a check can tell that a request wrote nothing
 * at all, whatever table it might have touched. Flyway's history is left out: only migrations write it.
 */
final class DatabaseFingerprint {

    private DatabaseFingerprint() {}

    /** Table name to the md5 of its rows in a stable order. */
    static Map<String, String> of(Platform platform, String service) {
        try (Connection db = DriverManager.getConnection(platform.jdbcUrl(service), PostgresTestDatabase.user(), "");
                Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_type = 'BASE TABLE'
                      and table_name <> 'flyway_schema_history'""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, String> digests = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet digest =
                        statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, "
                                + "'|' order by t::text)), '') from \"" + table + "\" t")) {
                    digest.next();
                    digests.put(table, digest.getString(1));
                }
            }
            return digests;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database of " + service, e);
        }
    }

    /**
     * Waits until the service's database stops changing on its own (events still being consumed, outbox rows being
     * marked as published) and returns its fingerprint then.
     */
    static Map<String, String> settled(Platform platform, String service) {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(of(platform, service));
        await().atMost(Duration.ofSeconds(120))
                .pollDelay(Duration.ofMillis(1500))
                .pollInterval(Duration.ofMillis(1500))
                .until(() -> {
                    Map<String, String> now = of(platform, service);
                    return now.equals(last.getAndSet(now));
                });
        return last.get();
    }

    /** The tables whose rows differ between two fingerprints. */
    static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            if (!after.get(table).equals(before.get(table))) {
                changed.add(table);
            }
        }
        return changed;
    }
}
