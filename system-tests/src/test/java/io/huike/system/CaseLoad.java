package io.huike.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A bounded stream of hotline cases at a steady rate from a few threads, spread over communities, that stops by
 * itself. Each case carries its own hotline reference, also its Idempotency-Key, so that it can be found again in
 * every database and topic; the load remembers what each request got back. A request that got no answer (the
 * service died under it) may or may not have been committed: only the database says.
 */
final class CaseLoad {

    /** The status recorded for a request that got no HTTP answer at all. */
    static final int NO_ANSWER = 0;

    static final int THREADS = 6;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String caseServiceUrl;
    private final String token;
    private final List<String> communities;
    private final String prefix;
    private final List<Integer> cases;
    private final double perSecond;
    private final ExecutorService workers;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private final Map<String, Integer> statusByReference = new ConcurrentHashMap<>();
    private long startNanos;

    private CaseLoad(
            String caseServiceUrl,
            String token,
            List<String> communities,
            String prefix,
            List<Integer> cases,
            double perSecond) {
        this.caseServiceUrl = caseServiceUrl;
        this.token = token;
        this.communities = communities;
        this.prefix = prefix;
        this.cases = cases;
        this.perSecond = perSecond;
        this.workers = Executors.newFixedThreadPool(THREADS);
    }

    /**
     * Starts sending {@code count} cases at {@code perSecond}; the hotline references are {@code prefix-0},
     * {@code prefix-1}... The token must carry the integration-client role and every community.
     */
    static CaseLoad start(
            String caseServiceUrl, String token, List<String> communities, String prefix, int count, double perSecond) {
        return new CaseLoad(
                        caseServiceUrl,
                        token,
                        communities,
                        prefix,
                        IntStream.range(0, count).boxed().toList(),
                        perSecond)
                .run();
    }

    /**
     * Sends again, with the same body and Idempotency-Key, every request of this load that got no answer, as a
     * client that lost its connection would; call after {@link #awaitEnd()}.
     */
    CaseLoad retryUnanswered(double perSecond) {
        List<Integer> unanswered = cases.stream()
                .filter(i -> statusByReference.get(reference(i)) == NO_ANSWER)
                .toList();
        return new CaseLoad(caseServiceUrl, token, communities, prefix, unanswered, perSecond).run();
    }

    private CaseLoad run() {
        startNanos = System.nanoTime();
        for (int i = 0; i < THREADS; i++) {
            workers.execute(this::work);
        }
        workers.shutdown();
        return this;
    }

    /** Waits until every request has been answered or has failed. */
    CaseLoad awaitEnd() throws InterruptedException {
        if (!workers.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The load of " + prefix + " did not end");
        }
        return this;
    }

    boolean finished() {
        return workers.isTerminated();
    }

    String prefix() {
        return prefix;
    }

    int sent() {
        return sent.get();
    }

    /** References of the cases the service acknowledged with 201. */
    Set<String> acknowledged() {
        return withStatus(201);
    }

    Set<String> withStatus(int status) {
        return statusByReference.entrySet().stream()
                .filter(e -> e.getValue() == status)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** How many requests got each status; {@link #NO_ANSWER} counts those that got none. */
    Map<Integer, Long> statuses() {
        return statusByReference.values().stream()
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
    }

    private void work() {
        for (int n = next.getAndIncrement(); n < cases.size(); n = next.getAndIncrement()) {
            long dueNanos = startNanos + (long) (n * 1_000_000_000L / perSecond);
            long waitNanos = dueNanos - System.nanoTime();
            if (waitNanos > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(waitNanos);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            int i = cases.get(n);
            sent.incrementAndGet();
            statusByReference.put(reference(i), send(reference(i), communities.get(i % communities.size())));
        }
    }

    private String reference(int i) {
        return prefix + "-" + i;
    }

    private int send(String reference, String community) {
        String body = """
                {"hotlineReference":"%s","category":"WATER_DRAINAGE","title":"下水道堵塞",\
                "description":"故障演练 %s：楼道下水道堵塞"}""".formatted(reference, reference);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(caseServiceUrl + "/communities/" + community + "/hotline-cases"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", reference)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_ANSWER;
        }
    }
}
