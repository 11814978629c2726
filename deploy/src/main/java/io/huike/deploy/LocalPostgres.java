package io.huike.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * A local PostgreSQL server for machines that have none: real PostgreSQL binaries (packaged as jars)
 * run with a persistent data directory and trust authentication.
 *
 * <p>Usage: {@code LocalPostgres DATA_DIR [PORT]} (port defaults to 5432). The process stays in the
 * foreground while the server runs; stopping it (SIGTERM, Ctrl-C) shuts the server down cleanly.
 * The superuser is {@code postgres}; a superuser role named after the operating-system user is added
 * so that tools connecting with their default user name work as they do against a packaged server.
 */
public final class LocalPostgres {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(5);

    private LocalPostgres() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
            System.err.println("usage: LocalPostgres DATA_DIR [PORT]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath().normalize();
        int port = args.length == 2 ? Integer.parseInt(args[1]) : 5432;
        Files.createDirectories(dataDir);

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                .setRegisterShutdownHook(true)
                .start();

        String osUser = System.getProperty("user.name", "");
        ensureSuperuserRole(postgres, osUser);

        System.out.printf(
                "LocalPostgres: PostgreSQL ready on 127.0.0.1:%d (data directory %s, trust authentication, "
                        + "users postgres%s)%n",
                port, dataDir, osUser.isBlank() || "postgres".equals(osUser) ? "" : " and " + osUser);
        System.out.flush();

        // Stay in the foreground; leave if the server goes away underneath us.
        while (true) {
            Thread.sleep(WATCH_INTERVAL.toMillis());
            if (!postmasterAlive(dataDir)) {
                System.err.println("LocalPostgres: the PostgreSQL server stopped; exiting.");
                System.exit(1);
            }
        }
    }

    private static void ensureSuperuserRole(EmbeddedPostgres postgres, String role) throws SQLException {
        if (role.isBlank() || "postgres".equals(role)) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                query.setString(1, role);
                try (ResultSet rows = query.executeQuery()) {
                    exists = rows.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE ROLE " + quoteIdentifier(role) + " WITH LOGIN SUPERUSER");
                }
            }
        }
    }

    static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static boolean postmasterAlive(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return false;
            }
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("")
                    .trim();
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(firstLine));
            return process.map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            // A pid file being rewritten: assume alive and look again next time.
            return true;
        }
    }
}
