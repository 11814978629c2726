package io.huike.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registers cases through the REST API with a number of concurrent clients for a fixed time: cases per second,
 * latency percentiles and errors. Client i registers into community i modulo the list, as the desks of a district's
 * communities would. It measures; it asserts nothing.
 */
final class IntakeBenchmark {

    private static final String BODY = """
            {"channel":"PHONE","category":"WATER_DRAINAGE","gridId":"grid-%d",
             "description":"基准测试：%d 号楼污水管道堵塞，请尽快处理","resident":{"name":"测试","phone":"13800000000"}}""";

    /** What one timed run of the clients did. */
    record Result(int clients, int seconds, Samples latencies, long errors, double casesPerSecond) implements Figures {

        @Override
        public Map<String, Object> json() {
            Map<String, Object> json = latencies.summary();
            json.put("clients", clients);
            json.put("seconds", seconds);
            json.put("errors", errors);
            json.put("casesPerSecond", Report.round(casesPerSecond));
            return json;
        }
    }

    private final HttpClient http;
    private final List<URI> targets;
    private final String token;

    IntakeBenchmark(HttpClient http, String baseUrl, List<String> communities, String token) {
        this.http = http;
        this.targets = communities.stream()
                .map(community -> URI.create(baseUrl + "/communities/" + community + "/cases"))
                .toList();
        this.token = token;
    }

    /** A run whose figures are dropped, before the measured one. */
    void warmUp(int clients, int seconds) throws InterruptedException {
        run(clients, seconds);
    }

    /** The measured run. */
    Result measure(int clients, int seconds) throws InterruptedException {
        return run(clients, seconds);
    }

    HttpRequest registration(URI target, int client, int n) {
        return HttpRequest.newBuilder(target)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(BODY.formatted(client, n)))
                .build();
    }

    URI target(int client) {
        return targets.get(client % targets.size());
    }

    private Result run(int clients, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<List<Long>> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            List<Long> latencies = new ArrayList<>();
            perClient.add(latencies);
            int client = c;
            pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < deadline) {
                    HttpRequest request = registration(target(client), client, n++);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (response.statusCode() == 201) {
                            latencies.add(micros);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsedSeconds = (System.nanoTime() - started) / 1e9;
        List<Long> all = new ArrayList<>();
        perClient.forEach(all::addAll);
        return new Result(clients, seconds, Samples.ofMicros(all), errors.get(), all.size() / elapsedSeconds);
    }
}
