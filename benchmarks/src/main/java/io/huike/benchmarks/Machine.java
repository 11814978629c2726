package io.huike.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

/** What the figures were taken on: cores, memory, CPU, load, JDK, PostgreSQL and Kafka versions. */
record Machine(
        int cores,
        long memoryMb,
        String cpu,
        String os,
        String jdk,
        String postgresql,
        String kafka,
        String loadAverageAtStart) {

    static Machine describe(Settings settings) {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                memTotalKb() / 1024,
                firstValue(Path.of("/proc/cpuinfo"), "model name"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                postgresqlVersion(settings),
                kafkaVersion(settings.kafkaLibs()),
                loadAverage());
    }

    Map<String, Object> json() {
        return Report.object(
                "cores", cores,
                "memoryMb", memoryMb,
                "cpu", cpu,
                "os", os,
                "jdk", jdk,
                "postgresql", postgresql,
                "kafka", kafka,
                "loadAverageAtStart", loadAverageAtStart);
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine shows here. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long memTotalKb() {
        String total = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        return total.equals("unknown") ? 0 : Long.parseLong(total.replaceAll("[^0-9]", ""));
    }

    private static String firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String postgresqlVersion(Settings settings) {
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl("postgres"));
                ResultSet row = db.createStatement()
                        .executeQuery("select current_setting('server_version') || ', autovacuum '"
                                + " || current_setting('autovacuum')")) {
            return row.next() ? row.getString(1) : "unknown";
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String kafkaVersion(Path libs) {
        try (var jars = Files.list(libs)) {
            return jars.map(jar -> jar.getFileName().toString())
                    .filter(name -> name.matches("kafka-clients-.*\\.jar"))
                    .map(name -> name.substring("kafka-clients-".length(), name.length() - ".jar".length()))
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
