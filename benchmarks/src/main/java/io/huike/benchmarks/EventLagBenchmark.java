package io.huike.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Registers cases at a steady rate and measures how long each takes to be counted by the reporting service. The
 * requests start on a fixed schedule whatever the answers (open loop), with a bound on those in flight. A case is
 * counted when reporting's inbox records its {@code case.registered} event, in the transaction that adds it to the
 * figures; the lag runs from the case service's 201 answer to that row's {@code received_at}. Both clocks are this
 * machine's.
 */
final class EventLagBenchmark {

    static final String METHOD = "per case: reporting's inbox_event.received_at (the moment reporting recorded "
            + "case.registered, in the transaction of its poll's batch, which commits after the batch's last event) "
            + "minus the time the 201 answer arrived; one query after the run";
    static final int MAX_IN_FLIGHT = 200;
    private static final Duration COUNTED_WITHIN = Duration.ofSeconds(120);

    /** What the paced run achieved and how long reporting took to count the cases. */
    record Result(
            int targetRate,
            int seconds,
            long scheduled,
            long registered,
            long errors,
            long skipped,
            double achievedRate,
            Samples registrationLatency,
            Samples lag,
            long notCounted)
            implements Figures {

        @Override
        public Map<String, Object> json() {
            Map<String, Object> json = Report.object(
                    "targetRate", targetRate,
                    "seconds", seconds,
                    "scheduled", scheduled,
                    "registered", registered,
                    "errors", errors,
                    "skippedTooManyInFlight", skipped,
                    "achievedRate", Report.round(achievedRate),
                    "notCountedWithinSeconds", COUNTED_WITHIN.toSeconds(),
                    "notCounted", notCounted,
                    "method", METHOD);
            json.put("registrationLatency", registrationLatency.summary());
            json.put("lag", lag.summary());
            return json;
        }
    }

    private record Registration(String caseId, Instant answeredAt, long latencyMicros) {}

    private final HttpClient http;
    private final IntakeBenchmark intake;
    private final Settings settings;

    EventLagBenchmark(HttpClient http, IntakeBenchmark intake, Settings settings) {
        this.http = http;
        this.intake = intake;
        this.settings = settings;
    }

    Result measure(int rate, int seconds) throws Exception {
        long scheduled = (long) rate * seconds;
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        List<Registration> registrations = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long skipped = 0;
        long start = System.nanoTime();
        for (long i = 0; i < scheduled; i++) {
            LockSupport.parkNanos(start + i * periodNanos - System.nanoTime());
            if (!inFlight.tryAcquire()) {
                skipped++;
                continue;
            }
            int client = (int) (i % settings.intakeCommunities().size());
            HttpRequest request = intake.registration(intake.target(client), client, (int) i);
            long sent = System.nanoTime();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                inFlight.release();
                long micros = (System.nanoTime() - sent) / 1000;
                if (failure == null && response.statusCode() == 201) {
                    String location = response.headers().firstValue("Location").orElse("");
                    registrations.add(
                            new Registration(location.substring(location.lastIndexOf('/') + 1), Instant.now(), micros));
                } else {
                    errors.incrementAndGet();
                }
            });
        }
        inFlight.acquire(MAX_IN_FLIGHT);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Registration> done = List.copyOf(registrations);
        Map<String, Instant> counted = countedAt(done);
        double[] lags = done.stream()
                .filter(r -> counted.containsKey(r.caseId()))
                .mapToDouble(r -> Duration.between(r.answeredAt(), counted.get(r.caseId()))
                                .toNanos()
                        / 1e6)
                .toArray();
        return new Result(
                rate,
                seconds,
                scheduled,
                done.size(),
                errors.get(),
                skipped,
                done.size() / elapsed,
                Samples.ofMicros(done.stream().map(Registration::latencyMicros).toList()),
                Samples.ofMillis(lags),
                done.size() - lags.length);
    }

    /** Waits until reporting has counted every case (or the time is up), then reads when it counted each. */
    private Map<String, Instant> countedAt(List<Registration> registrations) throws Exception {
        String[] ids = registrations.stream().map(Registration::caseId).toArray(String[]::new);
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl("huike_reporting"))) {
            Array subjects = db.createArrayOf("varchar", ids);
            long deadline = System.nanoTime() + COUNTED_WITHIN.toNanos();
            Map<String, Instant> counted = new ConcurrentHashMap<>();
            do {
                counted.clear();
                try (PreparedStatement query = db.prepareStatement("""
                        select subject, received_at from inbox_event
                        where event_type = 'case.registered.v1' and subject = any(?)""")) {
                    query.setArray(1, subjects);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            counted.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                        }
                    }
                }
                if (counted.size() < ids.length) {
                    Thread.sleep(1000);
                }
            } while (counted.size() < ids.length && System.nanoTime() < deadline);
            return counted;
        }
    }
}
