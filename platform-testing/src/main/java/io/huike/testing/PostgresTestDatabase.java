package io.huike.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Points a service under test at its own database on the real PostgreSQL server (127.0.0.1:5432 unless
 * {@code HUIKE_PG_HOST}/{@code HUIKE_PG_PORT} say otherwise), creating the database when it is missing.
 * Tests clean it through Flyway at start, so every run begins empty. {@code HUIKE_TEST_DB_SUFFIX} is appended to
 * every test database's name, so that two checkouts can run their tests on one server at the same time.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = name(initArgs.get("database"));
        if (database == null || !database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Give the test database a plain lower-case name: " + database);
        }
    }

    @Override
    public Map<String, String> start() {
        ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", user());
    }

    @Override
    public void stop() {
        // The database stays for inspection after a failed run; the next run cleans it.
    }

    /** The name a test database really has on the server: the given one with the checkout's suffix. */
    public static String name(String database) {
        return database + env("HUIKE_TEST_DB_SUFFIX", "");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + env("HUIKE_PG_HOST", "127.0.0.1") + ":" + env("HUIKE_PG_PORT", "5432") + "/"
                + database;
    }

    public static String user() {
        return env("HUIKE_PG_USER", "postgres");
    }

    /** Creates the database unless it exists; safe when several test JVMs race for it. */
    public static void ensureDatabase(String database) {
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), user(), "");
                PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try {
                admin.createStatement().execute("create database " + database);
            } catch (SQLException raced) {
                if (!"42P04".equals(raced.getSQLState())) {
                    throw raced;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is not reachable at " + jdbcUrl("postgres")
                            + " (start it with ./platform start or the machine's service)",
                    e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
