package io.huike.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Times, from the client, the reporting endpoints the dashboard calls and the district views, with a district
 * supervisor's token over every community of the district: one request at a time after a warm-up, then the whole
 * dashboard as the page loads it (three waves of parallel requests).
 */
final class DashboardBenchmark {

    private static final ZoneId COMMUNITY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int WARMUP = 3;
    /** An endpoint that failed this many times in a row is not asked again. */
    private static final int FAILURES_IN_A_ROW = 2;
    /** A slow endpoint gets fewer repetitions (at least three) rather than holding up the run. */
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(60);

    private static final long WARMUP_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(20);
    private static final String STOPPED = "reporting-service stopped answering /q/health/live for a minute";
    private static final String NEVER_ANSWERED =
            "the whole dashboard was not timed, as some of its requests never succeeded";
    static final String WHOLE_DASHBOARD = "whole dashboard (3 waves in parallel)";

    /** The timings of one endpoint, and its failures by kind (HTTP status, timeout). */
    record Timing(String name, Samples latencies, Map<String, Long> failures) {

        long errors() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Every endpoint's timings; {@code stopped} says why the requests after the last timed one were not. */
    record Result(int communities, long cases, DistrictLoad.Load load, List<Timing> timings, String stopped)
            implements Figures {

        @Override
        public Map<String, Object> json() {
            Map<String, Object> endpoints = new LinkedHashMap<>();
            timings.forEach(t -> {
                Map<String, Object> summary = t.latencies().summary();
                summary.put("errors", t.errors());
                summary.put("failures", t.failures());
                endpoints.put(t.name(), summary);
            });
            Map<String, Object> json = Report.object(
                    "communities", communities,
                    "cases", cases,
                    "loadMethod", DistrictLoad.METHOD);
            json.put("load", load.json());
            json.put("endpoints", endpoints);
            json.put("stopped", stopped);
            return json;
        }
    }

    private final HttpClient http;
    private final String baseUrl;
    private final String token;
    private final String someCommunity;

    DashboardBenchmark(HttpClient http, Settings settings) {
        this.http = http;
        this.baseUrl = settings.reportingUrl();
        this.token = settings.districtToken();
        this.someCommunity = settings.districtCommunities().get(0);
    }

    /** The dashboard's requests as it loads for the whole district, wave by wave, with its default period. */
    List<List<String>> dashboardWaves() {
        LocalDate today = LocalDate.now(COMMUNITY_ZONE);
        String period = "from=" + today.withDayOfMonth(1) + "&to=" + today;
        return List.of(
                List.of(
                        "/figures?" + period + "&groupBy=COMMUNITY",
                        "/figures?" + period,
                        "/figures?" + period + "&groupBy=CATEGORY"),
                List.of(
                        "/district/trends?months=12",
                        "/district/rankings?month=" + today.toString().substring(0, 7),
                        "/district/overdue-work"),
                List.of("/outreach/four-ones?year=" + today.getYear(), "/outreach/campaigns"));
    }

    Result measure(int repetitions, int communities, long cases, DistrictLoad.Load load) throws InterruptedException {
        List<Timing> timings = new ArrayList<>();
        List<List<String>> waves = dashboardWaves();
        List<String> single = new ArrayList<>();
        waves.forEach(single::addAll);
        single.add("/district/trends?months=12&community=" + someCommunity);
        single.add(
                "/figures?from=" + LocalDate.now(COMMUNITY_ZONE).minusMonths(11).withDayOfMonth(1) + "&to="
                        + LocalDate.now(COMMUNITY_ZONE) + "&groupBy=MONTH");
        for (String path : single) {
            timings.add(time("GET " + path, repetitions, () -> get(path).join()));
            if (!alive()) {
                return new Result(communities, cases, load, timings, STOPPED);
            }
        }
        if (timings.stream().anyMatch(t -> t.latencies().count() == 0)) {
            return new Result(communities, cases, load, timings, NEVER_ANSWERED);
        }
        timings.add(time(WHOLE_DASHBOARD, repetitions, () -> {
            String failure = null;
            for (List<String> wave : waves) {
                List<CompletableFuture<String>> answers =
                        wave.stream().map(this::get).toList();
                for (CompletableFuture<String> answer : answers) {
                    failure = failure != null ? failure : answer.join();
                }
            }
            return failure;
        }));
        return new Result(communities, cases, load, timings, null);
    }

    /** One timed call: null when it succeeded, else what went wrong. */
    private interface Call {
        String failure();
    }

    private Timing time(String name, int repetitions, Call call) {
        Map<String, Long> failures = new TreeMap<>();
        long warmupEnds = System.nanoTime() + WARMUP_BUDGET_NANOS;
        for (int i = 0; i < WARMUP && System.nanoTime() < warmupEnds; i++) {
            call.failure();
        }
        List<Long> micros = new ArrayList<>();
        long budgetEnds = System.nanoTime() + BUDGET_NANOS;
        int failuresInARow = 0;
        for (int i = 0;
                i < repetitions && (i < 3 || System.nanoTime() < budgetEnds) && failuresInARow < FAILURES_IN_A_ROW;
                i++) {
            long t0 = System.nanoTime();
            String failure = call.failure();
            if (failure == null) {
                micros.add((System.nanoTime() - t0) / 1000);
                failuresInARow = 0;
            } else {
                failures.merge(failure, 1L, Long::sum);
                failuresInARow++;
            }
        }
        Timing timing = new Timing(name, Samples.ofMicros(micros), failures);
        System.out.printf(
                "  %-80s %s %s%n",
                name, Report.brief(timing.latencies(), timing.errors()), failures.isEmpty() ? "" : failures);
        return timing;
    }

    /**
     * Whether reporting answers its liveness check within a minute: a service short of memory may recover after a
     * failed request, or stop answering altogether.
     */
    private boolean alive() throws InterruptedException {
        HttpRequest live = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/live"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(live, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (java.io.IOException e) {
                // not answering yet; ask again until the minute is up
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private CompletableFuture<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            if (failure != null) {
                return failure instanceof HttpTimeoutException || failure.getCause() instanceof HttpTimeoutException
                        ? "timeout"
                        : failure.getClass().getSimpleName();
            }
            return response.statusCode() == 200 ? null : "HTTP " + response.statusCode();
        });
    }
}
