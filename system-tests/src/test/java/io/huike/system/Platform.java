package io.huike.system;

import io.huike.deploy.KeycloakAccounts;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The whole platform on this machine for a system test: a Kafka broker started by the project's own script on free
 * ports, fresh databases on the real PostgreSQL, and the four packaged services as separate JVM processes. One service
 * may be given a PostgreSQL server of its own (the project's {@code LocalPostgres}), so that a test can stop that
 * server while the other services keep theirs.
 */
final class Platform implements AutoCloseable {

    static final List<String> SERVICES =
            List.of("case-service", "roster-service", "outreach-service", "reporting-service");
    static final String WORKBENCH = "workbench";
    /** The demo users' password in the realm this platform's Keycloak imports. */
    static final String USER_PASSWORD = "huike-system-test";

    /** What PostgreSQL marks a database with whose drop was interrupted; it can only be dropped. */
    private static final int INVALID_DATABASE = -2;

    private final Path root;
    private final Path runDir;
    private final int kafkaPort;
    private final int controllerPort;
    private final int keycloakPort;
    private final int keycloakManagementPort;
    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean withWorkbench;
    private KeycloakAccounts accounts;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> extraEnv = new HashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private String ownPostgresService;
    private int ownPostgresPort;
    private Process ownPostgres;

    Platform() throws IOException {
        String configured = System.getenv("HUIKE_ROOT");
        root = Path.of(configured != null ? configured : "..").toAbsolutePath().normalize();
        runDir = root.resolve("system-tests/target/platform-run");
        kafkaPort = freePort();
        controllerPort = freePort();
        keycloakPort = freePort();
        keycloakManagementPort = freePort();
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
        ports.put(WORKBENCH, freePort());
    }

    /** Also starts the workbench, signed into through Keycloak; call before {@link #start()}. */
    Platform withWorkbench() {
        withWorkbench = true;
        return this;
    }

    /** Keycloak's realm, the issuer of every token the services accept here. */
    String realmUrl() {
        return "http://127.0.0.1:" + keycloakPort + "/realms/" + KeycloakAccounts.REALM;
    }

    /**
     * A Keycloak token for these roles and communities (the account is made in the realm the first time), as the
     * services receive them in production. Tokens are kept for the platform's life, well within their eight hours.
     */
    String token(Set<String> roles, List<String> communities) {
        List<String> sortedRoles = roles.stream().sorted().toList();
        return tokens.computeIfAbsent(sortedRoles + "|" + communities, key -> {
            try {
                return accounts.tokenFor(sortedRoles, communities, null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** Records in Keycloak which roster member a realm user is (their tokens then carry a {@code member} claim). */
    void linkMember(String username, String memberId) throws IOException, InterruptedException {
        accounts.linkMember(username, memberId);
    }

    String token(String role, String... communities) {
        return token(Set.of(role), List.of(communities));
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** Gives the service a PostgreSQL server of its own; call before {@link #start()}. */
    Platform withOwnPostgres(String service) throws IOException {
        ownPostgresService = service;
        ownPostgresPort = freePort();
        return this;
    }

    /** Sets an environment variable of the service's process; call before {@link #start()}. */
    Platform withEnv(String service, String name, String value) {
        extraEnv.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    /** Where the service's database is, for a test that reads it directly. */
    String jdbcUrl(String service) {
        return service.equals(ownPostgresService)
                ? "jdbc:postgresql://127.0.0.1:" + ownPostgresPort + "/" + database(service)
                : PostgresTestDatabase.jdbcUrl(database(service));
    }

    Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(service), databaseUser(service), "");
    }

    void start() throws Exception {
        deleteRecursively(runDir);
        startKafka();
        script("keycloak", "start");
        accounts = new KeycloakAccounts(
                "http://127.0.0.1:" + keycloakPort,
                Files.readString(runDir.resolve("keycloak/admin-password")).strip(),
                USER_PASSWORD);
        if (ownPostgresService != null) {
            startOwnPostgres();
        }
        for (String service : SERVICES) {
            recreateDatabase(service);
        }
        for (String service : SERVICES) {
            processes.put(service, launch(service));
        }
        for (String service : SERVICES) {
            awaitReady(service, Duration.ofSeconds(120));
        }
        if (withWorkbench) {
            processes.put(WORKBENCH, launch(WORKBENCH));
            awaitReady(WORKBENCH, Duration.ofSeconds(120));
        }
    }

    /**
     * Registers the communities with roster-service, as their admin would, and waits until case-service and
     * outreach-service have their copies from the roster's events: both refuse writes under a community they do not
     * know.
     */
    /** A community's tracking-number code: its id's letters in capitals, at most eight as the roster requires. */
    static String codeOf(String community) {
        String letters = community.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "");
        return letters.isEmpty() ? "C" : letters.substring(0, Math.min(8, letters.length()));
    }

    void registerCommunities(String... communities) throws Exception {
        for (String community : communities) {
            rosterWrite(community, "/communities", """
                    {"id":"%s","name":"%s","code":"%s","subdistrict":"老城街道","district":"汉滨区"}""".formatted(community, community, codeOf(community)));
        }
        for (String community : communities) {
            awaitCopies(community, "select 1 from known_community where id = ?", community);
        }
    }

    /** Draws a grid in the community and waits until case-service and outreach-service know it. */
    void drawGrid(String community, String grid) throws Exception {
        rosterWrite(community, "/communities/" + community + "/grids", """
                {"id":"%s","name":"%s"}""".formatted(grid, grid));
        awaitCopies(community, "select 1 from known_grid where community_id = ? and grid_id = ?", community, grid);
    }

    /** Registers an active member of the community; waits until case-service and outreach-service know them. */
    String registerMember(String community, String name, String phone) throws Exception {
        String answer = rosterWrite(community, "/communities/" + community + "/members", """
                {"name":"%s","phone":"%s","kind":"COMMUNITY_STAFF","partyMember":true,"skills":["HEALTH"],
                 "active":true}""".formatted(name, phone));
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(answer);
        if (!id.find()) {
            throw new IllegalStateException("No member id in " + answer);
        }
        String member = id.group(1);
        awaitCopy("case-service", "select 1 from roster_member where member_id = ?", member);
        awaitCopy("outreach-service", "select 1 from known_member where id = ?", member);
        return member;
    }

    /**
     * Waits until case-service and outreach-service hold what the roster announced of the community: the community,
     * a grid, a room (case-service only) and members.
     */
    void awaitRosterCopies(String community, String grid, String room, String... members) {
        try {
            awaitCopies(community, "select 1 from known_community where id = ?", community);
            awaitCopies(community, "select 1 from known_grid where community_id = ? and grid_id = ?", community, grid);
            awaitCopy("case-service", "select 1 from known_room where room_id = ?", room);
            for (String member : members) {
                awaitCopy("case-service", "select 1 from roster_member where member_id = ?", member);
                awaitCopy("outreach-service", "select 1 from known_member where id = ?", member);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String rosterWrite(String community, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url("roster-service") + path))
                        .header("Authorization", "Bearer " + token("community-admin", community))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private void awaitCopies(String community, String sql, String... values) throws Exception {
        awaitCopy("case-service", sql, values);
        awaitCopy("outreach-service", sql, values);
    }

    private void awaitCopy(String service, String sql, String... values) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!holds(service, sql, values)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        service + " did not learn from the roster: " + sql + " " + List.of(values));
            }
            Thread.sleep(200);
        }
    }

    private boolean holds(String service, String sql, String... values) throws SQLException {
        try (Connection db = connect(service);
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setString(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    void startKafka() throws IOException, InterruptedException {
        script("kafka", "start");
    }

    void stopKafka() throws IOException, InterruptedException {
        script("kafka", "stop");
    }

    /** Every record on the topic, from its first offset to the end as it is now. */
    List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(60));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read " + topic + " to its end " + end);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    /** Publishes these records again to their topics, with the same keys, values and headers. */
    void redeliver(List<ConsumerRecord<String, String>> records) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                acks.add(producer.send(
                        new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers())));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
        }
    }

    /** Ends the service's process with SIGKILL: no shutdown hooks, no flushing, as in a crash. */
    void kill(String service) throws InterruptedException {
        Process process = processes.get(service);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts the service again on the same port and database, and waits until it is ready. */
    void restart(String service) throws Exception {
        if (processes.get(service).isAlive()) {
            throw new IllegalStateException(service + " still runs");
        }
        processes.put(service, launch(service));
        awaitReady(service, Duration.ofSeconds(180));
    }

    /** Stops the PostgreSQL server of the service that has its own (fast shutdown: sessions are cut off). */
    void stopOwnPostgres() throws InterruptedException {
        ownPostgres.destroy();
        if (!ownPostgres.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("LocalPostgres did not stop; see " + runDir.resolve("logs/postgres.log"));
        }
    }

    /** Starts that server again on the same port and data directory, and waits until it takes connections. */
    void startOwnPostgres() throws Exception {
        Path deployTarget = root.resolve("deploy/target");
        Path deployJar;
        try (var files = Files.list(deployTarget)) {
            deployJar = files.filter(f -> f.getFileName().toString().matches("deploy-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("deploy/target has no jar; package it first"));
        }
        String classpath = deployTarget.resolve("deploy-libs") + File.separator + "*" + File.pathSeparator + deployJar;
        Path log = runDir.resolve("logs/postgres.log");
        Files.createDirectories(log.getParent());
        ownPostgres = new ProcessBuilder(
                        javaExecutable(),
                        "-Xmx256m",
                        "-cp",
                        classpath,
                        "io.huike.deploy.LocalPostgres",
                        runDir.resolve("postgres").toString(),
                        String.valueOf(ownPostgresPort))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            try (Connection ignored = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + ownPostgresPort + "/postgres", "postgres", "")) {
                return;
            } catch (SQLException notYet) {
                if (!ownPostgres.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("LocalPostgres did not start; see " + log, notYet);
                }
                Thread.sleep(500);
            }
        }
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
        script("keycloak", "stop");
        stopKafka();
        if (ownPostgres != null && ownPostgres.isAlive()) {
            stopOwnPostgres();
        }
    }

    private Process launch(String service) throws IOException {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; package the services first");
        }
        Path log = runDir.resolve("logs").resolve(service + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(
                        javaExecutable(),
                        // The options ./platform starts the services with (see HUIKE_SERVICE_JAVA_OPTS there).
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Xmx256m",
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
        if (service.equals(WORKBENCH)) {
            // As ./platform starts it: Keycloak's realm, the workbench client's secret, the services' addresses.
            env.put("QUARKUS_OIDC_AUTH_SERVER_URL", realmUrl());
            env.put(
                    "QUARKUS_OIDC_CREDENTIALS_SECRET",
                    Files.readString(runDir.resolve("keycloak/workbench-secret"))
                            .strip());
            env.put("HUIKE_WORKBENCH_PUBLIC_URL", url(WORKBENCH));
            env.put("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET", randomSecret());
            env.put("QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET", randomSecret());
            for (String backend : SERVICES) {
                env.put(
                        "HUIKE_SERVICES_" + backend.replace("-service", "").toUpperCase(java.util.Locale.ROOT) + "_URL",
                        url(backend));
            }
        } else {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(service));
            env.put("QUARKUS_DATASOURCE_USERNAME", databaseUser(service));
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
            // The services trust Keycloak alone: its keys from the realm's JWKS, its issuer.
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", realmUrl() + "/protocol/openid-connect/certs");
            env.put("MP_JWT_VERIFY_ISSUER", realmUrl());
            env.put("HUIKE_REPORTING_CASE_SERVICE_URL", url("case-service"));
            // As ./platform allows: webhooks to receivers on this machine (the tests' simulated hotline).
            env.put("HUIKE_WEBHOOKS_ALLOWED_PRIVATE_NETWORKS", "127.0.0.1/32");
        }
        env.putAll(extraEnv.getOrDefault(service, Map.of()));
        return builder.start();
    }

    private void awaitReady(String service, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!processes.get(service).isAlive()) {
                // The next platform's start empties the run directory, so the reason goes into the failure itself.
                Path log = runDir.resolve("logs/" + service + ".log");
                List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
                throw new IllegalStateException(service + " exited; the end of " + log + ":\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
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
        builder.environment().put("HUIKE_KEYCLOAK_PORT", String.valueOf(keycloakPort));
        builder.environment().put("HUIKE_KEYCLOAK_MANAGEMENT_PORT", String.valueOf(keycloakManagementPort));
        builder.environment().put("HUIKE_KEYCLOAK_DB", database("keycloak"));
        builder.environment().put("HUIKE_DEMO_PASSWORD", USER_PASSWORD);
        builder.environment().put("HUIKE_WORKBENCH_PORT", String.valueOf(ports.get(WORKBENCH)));
        Process process = builder.start();
        // Keycloak's first start on a machine fetches, unpacks and builds it.
        if (!process.waitFor(400, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(
                    "./platform " + String.join(" ", args) + " failed; see " + runDir.resolve("platform-script.log"));
        }
    }

    private File logFile(String name) throws IOException {
        Files.createDirectories(runDir);
        return runDir.resolve(name).toFile();
    }

    private static String randomSecret() {
        return java.util.UUID.randomUUID().toString().replace("-", "")
                + java.util.UUID.randomUUID().toString().replace("-", "");
    }

    private static String database(String service) {
        return PostgresTestDatabase.name("huike_" + service.replace("-service", "") + "_system");
    }

    /** LocalPostgres's superuser is postgres, whatever the shared server's test user is. */
    private String databaseUser(String service) {
        return service.equals(ownPostgresService) ? "postgres" : PostgresTestDatabase.user();
    }

    /**
     * Empties the service's database, creating it when missing. Its schema is dropped rather than the database:
     * DROP DATABASE waits until every session on the server, of any database, has absorbed its signal, so one
     * stalled client elsewhere on the shared server would hold the test up indefinitely.
     */
    private void recreateDatabase(String service) throws SQLException {
        String database = database(service);
        try (Connection admin = DriverManager.getConnection(
                        jdbcUrl(service).replaceFirst("/[^/]+$", "/postgres"), databaseUser(service), "");
                PreparedStatement exists =
                        admin.prepareStatement("select datconnlimit from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                boolean usable = rows.next() && rows.getInt(1) != INVALID_DATABASE;
                if (!usable) {
                    admin.createStatement().execute("drop database if exists " + database);
                    admin.createStatement().execute("create database " + database);
                    return;
                }
            }
        }
        try (Connection db = connect(service)) {
            db.createStatement().execute("drop schema public cascade; create schema public");
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
