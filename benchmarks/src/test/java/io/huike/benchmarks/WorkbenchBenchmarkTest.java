package io.huike.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkbenchBenchmarkTest {

    private static WorkbenchSession.Answer answer(int status, String body, long millis) {
        return new WorkbenchSession.Answer(
                URI.create("http://127.0.0.1:8085/x"),
                status,
                body.getBytes(StandardCharsets.UTF_8),
                Map.of(),
                millis * 1_000_000);
    }

    /** Answers the given statuses in turn, then the last one again. */
    private static WorkbenchBenchmark.Request answering(AtomicInteger calls, Integer... statuses) {
        Deque<Integer> left = new ArrayDeque<>(List.of(statuses));
        return () -> {
            calls.incrementAndGet();
            int status = left.size() > 1 ? left.poll() : left.peek();
            return answer(status, "<p id=\"result-count\" role=\"status\">共 4 件</p>", 10);
        };
    }

    @Test
    void a_page_answering_404_is_not_built_yet_and_not_measured() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        WorkbenchBenchmark.Page page =
                WorkbenchBenchmark.time("secretary", "GET /roster", 200, 5, 50, answering(calls, 404));

        assertThat(page.measured()).isFalse();
        assertThat(page.notMeasured()).isEqualTo("404, not built yet");
        assertThat(calls).hasValue(1);
    }

    @Test
    void the_lookups_404_is_its_own_answer_and_timed() throws Exception {
        WorkbenchBenchmark.Page page = WorkbenchBenchmark.time(
                "secretary", WorkbenchBenchmark.LOOKUP, 404, 1, 4, answering(new AtomicInteger(), 404));

        assertThat(page.measured()).isTrue();
        assertThat(page.latencies().count()).isEqualTo(4);
        assertThat(page.latencies().percentile(95)).isEqualTo(10.0);
        assertThat(page.errors()).isZero();
    }

    @Test
    void other_answers_are_errors_counted_by_status_and_a_later_404_is_one_of_them() throws Exception {
        WorkbenchBenchmark.Page page = WorkbenchBenchmark.time(
                "secretary",
                "GET /cases",
                200,
                2,
                6,
                answering(new AtomicInteger(), 200, 200, 200, 500, 200, 429, 404, 200));

        assertThat(page.measured()).isTrue();
        assertThat(page.latencies().count()).isEqualTo(3);
        assertThat(page.failures())
                .containsExactly(Map.entry("HTTP 404", 1L), Map.entry("HTTP 429", 1L), Map.entry("HTTP 500", 1L));
        assertThat(page.casesListed()).isEqualTo(4);
    }

    @Test
    void a_page_failing_again_and_again_is_given_up() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        WorkbenchBenchmark.Page page =
                WorkbenchBenchmark.time("secretary", "GET /desk", 200, 5, 50, answering(calls, 200, 503));

        assertThat(page.latencies().count()).isZero();
        assertThat(page.failures()).containsExactly(Map.entry("HTTP 503", (long) WorkbenchBenchmark.FAILURES_IN_A_ROW));
        assertThat(calls).hasValue(5 + WorkbenchBenchmark.FAILURES_IN_A_ROW);
    }

    @Test
    void a_request_that_fails_is_counted_by_kind() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        WorkbenchBenchmark.Page page = WorkbenchBenchmark.time("secretary", "GET /", 200, 0, 3, () -> {
            if (calls.incrementAndGet() == 2) {
                throw new java.net.ConnectException("refused");
            }
            return answer(200, "<h1>home</h1>", 3);
        });

        assertThat(page.latencies().count()).isEqualTo(2);
        assertThat(page.failures()).containsExactly(Map.entry("ConnectException", 1L));
        assertThat(page.casesListed()).isNull();
    }

    @Test
    void server_timing_is_its_total_or_its_longest_metric() {
        assertThat(WorkbenchBenchmark.serverTiming(
                        Map.of("server-timing", List.of("db;dur=2.5, total;dur=12.0;desc=\"all\""))))
                .hasValue(12.0);
        assertThat(WorkbenchBenchmark.serverTiming(Map.of("Server-Timing", List.of("app;dur=7", "db;dur=3.25"))))
                .hasValue(7.0);
        assertThat(WorkbenchBenchmark.serverTiming(Map.of("Server-Timing", List.of("cache;desc=\"hit\""))))
                .isEmpty();
        assertThat(WorkbenchBenchmark.serverTiming(Map.of("Content-Type", List.of("text/html"))))
                .isEmpty();
    }

    @Test
    void the_case_page_is_the_first_case_of_the_queues_list() {
        String queue = """
                <nav><a href="/cases/mine">我的事项</a><a href="/cases">事项</a></nav>
                <ul class="case-list" id="reminder-list">
                  <li><h3><a href="/cases/0b1c-reminded">GL-2026-000003</a></h3></li>
                </ul>
                <p id="result-count" role="status">共 4 件</p>
                <ul class="case-list" id="case-list">
                  <li><h3><a href="/cases/9f2e-first"><span>GL-2026-000004</span> 污水管堵塞</a></h3></li>
                  <li><h3><a href="/cases/77aa-second">GL-2026-000003</a></h3></li>
                </ul>
                """;

        assertThat(WorkbenchBenchmark.firstCaseId(queue)).contains("9f2e-first");
        assertThat(WorkbenchBenchmark.firstCaseId("<nav><a href=\"/cases/mine\">mine</a></nav>"))
                .isEmpty();
    }

    @Test
    void a_list_page_says_how_many_cases_it_found_in_either_language() {
        assertThat(WorkbenchBenchmark.casesListed("<p id=\"result-count\" role=\"status\">共 4 件</p>"))
                .contains(4);
        assertThat(WorkbenchBenchmark.casesListed("<p id=\"result-count\" role=\"status\">1,204 in all</p>"))
                .contains(1204);
        assertThat(WorkbenchBenchmark.casesListed("<h1>接待台</h1>")).isEmpty();
    }
}
