package io.huike.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A local PostgreSQL server for machines that have none: real PostgreSQL binaries (packaged as jars)
 * run with a persistent data directory and trust authentication.
 *
 * <p>Usage: {@code LocalPostgres DATA_DIR [PORT]} (port defaults to 5432). The process stays in the
 * foreground while the server runs; stopping it (SIGTERM, Ctrl-C) shuts the server down cleanly.
 * The superuser is {@code postgres}; a superuser role named after the operating-system user is added
 * so that tools connecting with their default user name work as they do against a packaged server.
 *
 * <p>The binaries are unpacked into {@code postgres-binaries} beside the data directory, not under
 * {@code java.io.tmpdir}: a directory the project owns, and one that a half-finished unpack cannot
 * poison (see {@link #discardIncompleteUnpacks}). Unpacking reads the whole xz bundle into memory, so
 * the JVM that runs this class needs a heap of about 256 MB.
 */
public final class LocalPostgres {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(5);
    /** The file the unpacker writes into a bundle's directory once every file is in place. */
    static final String UNPACKED_MARKER = ".exists";

    private LocalPostgres() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
            System.err.println("usage: LocalPostgres DATA_DIR [PORT]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath().normalize();
        int port = args.length == 2 ? Integer.parseInt(args[1]) : 5432;
        EmbeddedPostgres postgres = start(dataDir, binariesDirectoryOf(dataDir), port);

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

    /** Where the binaries of a server with this data directory are unpacked. */
    static Path binariesDirectoryOf(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolveSibling("postgres-binaries");
    }

    /**
     * Starts a server on {@code port} with its data in {@code dataDir}, its binaries unpacked into
     * {@code binariesDir}; an unpack that an earlier process left half done is thrown away first.
     */
    static EmbeddedPostgres start(Path dataDir, Path binariesDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(binariesDir);
        // Held while unpacking, so that two servers started at once do not take each other's unpack for a broken one.
        try (FileChannel lockFile = FileChannel.open(
                        binariesDir.resolve(".unpack-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = lockFile.lock()) {
            discardIncompleteUnpacks(binariesDir);
            return builder(dataDir, binariesDir, port).start();
        }
    }

    /**
     * Deletes every unpacked bundle ({@code PG-<digest>}) that lacks the marker the unpacker writes when it is
     * done. A JVM that died while unpacking leaves such a directory, and unpacking again over it fails
     * ({@code FileAlreadyExistsException}) because the unpacker never overwrites a file.
     */
    static void discardIncompleteUnpacks(Path binariesDir) throws IOException {
        try (DirectoryStream<Path> bundles = Files.newDirectoryStream(binariesDir, "PG-*")) {
            for (Path bundle : bundles) {
                if (Files.isDirectory(bundle) && !Files.exists(bundle.resolve(UNPACKED_MARKER))) {
                    System.out.println("LocalPostgres: discarding the half-unpacked " + bundle);
                    deleteRecursively(bundle);
                }
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDir, Path binariesDir, int port) {
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binariesDir.toFile())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                .setRegisterShutdownHook(true);
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
