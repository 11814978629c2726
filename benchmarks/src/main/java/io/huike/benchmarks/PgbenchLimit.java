package io.huike.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own limit for case intake: pgbench runs case-service's per-case writes (the case row and its
 * outbox row in one transaction) with as many clients, for as long, against a scratch copy of case-service's schema
 * on the same PostgreSQL.
 */
final class PgbenchLimit {

    static final String SCRATCH_DATABASE = "huike_bench_pgbench";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** What pgbench reached. */
    record Result(int clients, int seconds, double transactionsPerSecond, double averageLatencyMs) implements Figures {

        @Override
        public Map<String, Object> json() {
            return Report.object(
                    "clients",
                    clients,
                    "seconds",
                    seconds,
                    "transactionsPerSecond",
                    Report.round(transactionsPerSecond),
                    "averageLatencyMs",
                    Report.round(averageLatencyMs));
        }
    }

    private final Settings settings;

    PgbenchLimit(Settings settings) {
        this.settings = settings;
    }

    static boolean available() {
        return Commands.available("pgbench") && Commands.available("pg_dump") && Commands.available("psql");
    }

    Result measure(int clients, int seconds) throws Exception {
        Path schema = Files.createTempFile("huike-case-schema-", ".sql");
        Path script = Files.createTempFile("register-case-", ".sql");
        try (InputStream in = PgbenchLimit.class.getResourceAsStream("/pgbench/register-case.sql")) {
            Files.write(script, in.readAllBytes());
            psql("postgres", "drop database if exists " + SCRATCH_DATABASE);
            psql("postgres", "create database " + SCRATCH_DATABASE);
            Commands.run(
                    connection("pg_dump", "--schema-only", "--no-owner", "--file", schema.toString(), "huike_case"),
                    120);
            Commands.run(
                    connection("psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", schema.toString(), SCRATCH_DATABASE), 120);
            String output = Commands.run(
                    connection(
                            "pgbench",
                            "-n",
                            "-c",
                            String.valueOf(clients),
                            "-j",
                            String.valueOf(clients),
                            "-T",
                            String.valueOf(seconds),
                            "-f",
                            script.toString(),
                            SCRATCH_DATABASE),
                    seconds + 120L);
            return new Result(clients, seconds, number(TPS, output), number(LATENCY, output));
        } finally {
            psql("postgres", "drop database if exists " + SCRATCH_DATABASE);
            Files.deleteIfExists(schema);
            Files.deleteIfExists(script);
        }
    }

    private void psql(String database, String sql) throws Exception {
        Commands.run(connection("psql", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql, database), 120);
    }

    private List<String> connection(String program, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(
                program, "-h", settings.pgHost(), "-p", String.valueOf(settings.pgPort()), "-U", settings.pgUser()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static double number(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("pgbench printed no " + pattern.pattern() + ": " + output.strip());
        }
        return Double.parseDouble(m.group(1));
    }
}
