package io.huike.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What a benchmark run measures and where the platform is, from {@code HUIKE_BENCH_*} variables. {@code ./platform
 * bench} sets the paths, addresses, tokens and the demo users' password; the sizes have defaults a person may
 * override.
 */
record Settings(
        Path root,
        Path pidDir,
        Path startupFile,
        String caseUrl,
        String reportingUrl,
        String pgHost,
        int pgPort,
        String pgUser,
        String kafkaBootstrap,
        Path kafkaLibs,
        List<String> intakeCommunities,
        String intakeToken,
        List<String> districtCommunities,
        String districtToken,
        int clients,
        int seconds,
        int warmupSeconds,
        int lagRate,
        int lagSeconds,
        int lagCapacityPercent,
        List<Long> scaleSteps,
        int scaleBudgetSeconds,
        int dashboardRepetitions,
        String workbenchUrl,
        String keycloakUrl,
        String demoPassword,
        int workbenchRepetitions) {

    static Settings fromEnvironment() {
        return new Settings(
                Path.of(required("HUIKE_BENCH_ROOT")),
                Path.of(required("HUIKE_BENCH_PID_DIR")),
                Path.of(required("HUIKE_BENCH_STARTUP_FILE")),
                text("HUIKE_BENCH_CASE_URL", "http://127.0.0.1:8081"),
                text("HUIKE_BENCH_REPORTING_URL", "http://127.0.0.1:8084"),
                text("HUIKE_BENCH_PG_HOST", "127.0.0.1"),
                number("HUIKE_BENCH_PG_PORT", 5432),
                text("HUIKE_BENCH_PG_USER", "postgres"),
                text("HUIKE_BENCH_KAFKA", "127.0.0.1:9092"),
                Path.of(required("HUIKE_BENCH_KAFKA_LIBS")),
                list(required("HUIKE_BENCH_INTAKE_COMMUNITIES")),
                required("HUIKE_BENCH_INTAKE_TOKEN"),
                list(required("HUIKE_BENCH_DISTRICT_COMMUNITIES")),
                required("HUIKE_BENCH_DISTRICT_TOKEN"),
                number("HUIKE_BENCH_CLIENTS", 8),
                number("HUIKE_BENCH_SECONDS", 30),
                number("HUIKE_BENCH_WARMUP_SECONDS", 10),
                number("HUIKE_BENCH_LAG_RATE", 200),
                number("HUIKE_BENCH_LAG_SECONDS", 30),
                number("HUIKE_BENCH_LAG_CAPACITY_PERCENT", 70),
                list(text("HUIKE_BENCH_SCALE_STEPS", "200000,2000000,10000000")).stream()
                        .map(s -> Long.parseLong(s.strip()))
                        .sorted()
                        .toList(),
                number("HUIKE_BENCH_SCALE_BUDGET_SECONDS", 3600),
                number("HUIKE_BENCH_DASHBOARD_REPETITIONS", 30),
                text("HUIKE_BENCH_WORKBENCH_URL", "http://127.0.0.1:8085"),
                text("HUIKE_BENCH_KEYCLOAK_URL", "http://127.0.0.1:8180"),
                text("HUIKE_BENCH_DEMO_PASSWORD", "huike-demo"),
                number("HUIKE_BENCH_WORKBENCH_REPETITIONS", 50));
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://%s:%d/%s?user=%s".formatted(pgHost, pgPort, database, pgUser);
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; run the benchmark with ./platform bench");
        }
        return value;
    }

    private static String text(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int number(String name, int fallback) {
        return Integer.parseInt(text(name, String.valueOf(fallback)));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .filter(s -> !s.isBlank())
                .toList();
    }
}
