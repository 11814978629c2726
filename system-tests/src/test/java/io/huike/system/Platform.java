package io.huike.system;

import io.huike.testing.PostgresTestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform on this machine for a system test: a Kafka broker started by the project's own script on free
 * ports, fresh databases on the real PostgreSQL, and the four packaged services as separate JVM processes.
 */
final class Platform implements AutoCloseable {

    static final List<String> SERVICES =
            List.of("case-service", "roster-service", "outreach-service", "reporting-service");

    private final Path root;
    private final Path runDir;
    private final int kafkaPort;
    private final int controllerPort;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    Platform() throws IOException {
        String configured = System.getenv("HUIKE_ROOT");
        root = Path.of(configured != null ? configured : "..").toAbsolutePath().normalize();
        runDir = root.resolve("system-tests/target/platform-run");
        kafkaPort = freePort();
        controllerPort = freePort();
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** The JDBC URL of a service's database, for checks that read what the service wrote. */
    String jdbcUrl(String service) {
        return PostgresTestDatabase.jdbcUrl(database(service));
    }

    void start() throws Exception {
        deleteRecursively(runDir);
        startKafka();
        for (String service : SERVICES) {
            recreateDatabase(database(service));
        }
        for (String service : SERVICES) {
            processes.put(service, launch(service));
        }
        for (String service : SERVICES) {
            awaitReady(service, Duration.ofSeconds(120));
        }
    }

    void startKafka() throws IOException, InterruptedException {
        script("kafka", "start");
    }

    void stopKafka() throws IOException, InterruptedException {
        script("kafka", "stop");
    }

    @Override
    public void close() throws Exception {
        for (Process process : processes.values()) {
            process.destroy();
        }
        for (Process process : processes.values()) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        stopKafka();
    }

    private Process launch(String service) throws IOException {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; package the services first");
        }
        Path log = runDir.resolve("logs").resolve(service + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", PostgresTestDatabase.jdbcUrl(database(service)));
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresTestDatabase.user());
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        env.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                root.resolve("deploy/dev-keys/public.pem").toString());
        env.put("HUIKE_REPORTING_CASE_SERVICE_URL", url("case-service"));
        return builder.start();
    }

    private void awaitReady(String service, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!processes.get(service).isAlive()) {
                throw new IllegalStateException(service + " exited; see " + runDir.resolve("logs/" + service + ".log"));
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service + " was not ready within " + timeout);
    }

    private void script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("platform").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile("platform-script.log")));
        builder.environment().put("HUIKE_RUN_DIR", runDir.toString());
        builder.environment().put("HUIKE_KAFKA_PORT", String.valueOf(kafkaPort));
        builder.environment().put("HUIKE_KAFKA_CONTROLLER_PORT", String.valueOf(controllerPort));
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(
                    "./platform " + String.join(" ", args) + " failed; see " + runDir.resolve("platform-script.log"));
        }
    }

    private File logFile(String name) throws IOException {
        Files.createDirectories(runDir);
        return runDir.resolve(name).toFile();
    }

    private static String database(String service) {
        return PostgresTestDatabase.name("huike_" + service.replace("-service", "") + "_system");
    }

    private static void recreateDatabase(String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(
                PostgresTestDatabase.jdbcUrl("postgres"), PostgresTestDatabase.user(), "")) {
            admin.createStatement().execute("drop database if exists " + database + " with (force)");
            admin.createStatement().execute("create database " + database);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
