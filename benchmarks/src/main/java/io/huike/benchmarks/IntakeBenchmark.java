package io.huike.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registers cases through the REST API with a number of concurrent clients for a fixed time, then reports cases
 * per second, latency percentiles and errors. It measures; it asserts nothing.
 *
 * <p>Usage: {@code IntakeBenchmark BASE_URL COMMUNITIES TOKEN [clients=8] [seconds=30] [warmupSeconds=10]}, where
 * COMMUNITIES is a comma-separated list: client i registers into community i modulo the list, as the desks of a
 * district's communities would.
 */
public final class IntakeBenchmark {

    private static final String BODY = """
            {"channel":"PHONE","category":"WATER_DRAINAGE","gridId":"grid-%d",
             "description":"基准测试：%d 号楼污水管道堵塞，请尽快处理","resident":{"name":"测试","phone":"13800000000"}}""";

    private IntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: IntakeBenchmark BASE_URL COMMUNITIES TOKEN [clients] [seconds] [warmupSeconds]");
            System.exit(2);
        }
        List<URI> targets = java.util.Arrays.stream(args[1].split(","))
                .map(community -> URI.create(args[0] + "/communities/" + community + "/cases"))
                .toList();
        String token = args[2];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        run(http, targets, token, clients, warmup);
        Result result = run(http, targets, token, clients, seconds);
        result.print(clients, seconds);
    }

    record Result(List<Long> latenciesMicros, long errors, long elapsedNanos) {

        void print(int clients, int seconds) {
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            double perSecond = sorted.size() / (elapsedNanos / 1e9);
            System.out.printf(
                    Locale.ROOT,
                    "clients=%d seconds=%d cases=%d errors=%d rate=%.1f/s "
                            + "p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n",
                    clients,
                    seconds,
                    sorted.size(),
                    errors,
                    perSecond,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);
        }

        private static double percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1000.0;
        }
    }

    private static Result run(HttpClient http, List<URI> targets, String token, int clients, int seconds)
            throws InterruptedException {
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
                    HttpRequest request = HttpRequest.newBuilder(targets.get(client % targets.size()))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(10))
                            .POST(HttpRequest.BodyPublishers.ofString(BODY.formatted(client, n++)))
                            .build();
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
        long elapsed = System.nanoTime() - started;
        List<Long> all = new ArrayList<>();
        perClient.forEach(all::addAll);
        return new Result(all, errors.get(), elapsed);
    }
}
