package io.huike.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting's rebuild over every event on the topics, beside Kafka's own consumer (kafka-tools'
 * ConsumerPerformance) reading the case topic's events with nothing else to do.
 */
final class ReplayBenchmark {

    static final String TOPIC = "case-events";

    /** The rebuild's answer and the raw consumer's figures. */
    record Result(
            long rebuildEvents,
            double rebuildSeconds,
            double rebuildEventsPerSecond,
            long rawMessages,
            double rawMegabytesPerSecond,
            double rawMessagesPerSecond,
            double rawFetchMessagesPerSecond)
            implements Figures {

        /** Against the fetch rate: the group join before the first fetch is start-up, not throughput. */
        double ratio() {
            return rebuildEventsPerSecond / rawFetchMessagesPerSecond;
        }

        @Override
        public Map<String, Object> json() {
            return Report.object(
                    "rebuildEvents", rebuildEvents,
                    "rebuildSeconds", rebuildSeconds,
                    "rebuildEventsPerSecond", rebuildEventsPerSecond,
                    "rawTopic", TOPIC,
                    "rawMessages", rawMessages,
                    "rawMegabytesPerSecond", Report.round(rawMegabytesPerSecond),
                    "rawMessagesPerSecond", Report.round(rawMessagesPerSecond),
                    "rawFetchMessagesPerSecond", Report.round(rawFetchMessagesPerSecond),
                    "ratio", Report.round(ratio()));
        }
    }

    private final HttpClient http;
    private final Settings settings;

    ReplayBenchmark(HttpClient http, Settings settings) {
        this.http = http;
        this.settings = settings;
    }

    Result measure() throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(settings.reportingUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10))
                .build();
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            throw new IllegalStateException("reporting-service is not ready, so it cannot rebuild");
        }
        HttpRequest rebuild = HttpRequest.newBuilder(URI.create(settings.reportingUrl() + "/rebuilds"))
                .header("Authorization", "Bearer " + settings.districtToken())
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> answer = http.send(rebuild, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST /rebuilds answered " + answer.statusCode() + ": " + answer.body());
        }
        long messages = messagesOnTopic();
        String[] raw = lastLine(kafkaTool(
                        "org.apache.kafka.tools.ConsumerPerformance",
                        "--topic",
                        TOPIC,
                        "--messages",
                        String.valueOf(messages),
                        "--group",
                        "bench-raw-" + UUID.randomUUID(),
                        "--hide-header"))
                .split(",\\s*");
        // start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms,
        // fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
        return new Result(
                (long) field(answer.body(), "events"),
                field(answer.body(), "seconds"),
                field(answer.body(), "eventsPerSecond"),
                Long.parseLong(raw[4].strip()),
                Double.parseDouble(raw[3]),
                Double.parseDouble(raw[5]),
                Double.parseDouble(raw[9]));
    }

    /** The topic's messages now: the sum over its partitions of latest minus earliest offset. */
    private long messagesOnTopic() throws Exception {
        return offsets("-1") - offsets("-2");
    }

    private long offsets(String time) throws Exception {
        return kafkaTool("org.apache.kafka.tools.GetOffsetShell", "--topic", TOPIC, "--time", time)
                .lines()
                .filter(line -> line.startsWith(TOPIC + ":"))
                .mapToLong(line ->
                        Long.parseLong(line.substring(line.lastIndexOf(':') + 1).strip()))
                .sum();
    }

    private String kafkaTool(String mainClass, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                settings.kafkaLibs() + "/*",
                mainClass,
                "--bootstrap-server",
                settings.kafkaBootstrap()));
        command.addAll(List.of(arguments));
        return Commands.run(command, 600);
    }

    /** The tool's figures line, among whatever its clients log. */
    private static String lastLine(String output) {
        List<String> lines = output.lines()
                .filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2} .*,.*"))
                .toList();
        if (lines.isEmpty()) {
            throw new IllegalStateException("ConsumerPerformance printed no figures: " + output.strip());
        }
        return lines.get(lines.size() - 1);
    }

    private static double field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*([0-9.eE+-]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("POST /rebuilds answered without " + name + ": " + json);
        }
        return Double.parseDouble(m.group(1));
    }
}
