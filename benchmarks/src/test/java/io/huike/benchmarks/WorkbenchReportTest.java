package io.huike.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The workbench's part of docs/benchmarks.md, results.json and the chart, from given timings. */
class WorkbenchReportTest {

    private static final Samples NONE = new Samples(new double[0]);

    /** 1, 2, … n milliseconds. */
    private static Samples upTo(int n) {
        return Samples.ofMillis(IntStream.rangeClosed(1, n).asDoubleStream().toArray());
    }

    private static WorkbenchBenchmark.Page page(String name, Samples latencies, Samples serverTiming) {
        return new WorkbenchBenchmark.Page("secretary", name, null, latencies, serverTiming, Map.of(), 20_480, null);
    }

    private static Outcome<WorkbenchBenchmark.Result> result(WorkbenchBenchmark.Page... pages) {
        return new Outcome<>(new WorkbenchBenchmark.Result(5, 50, 5, "9f2e-first", List.of(pages)), null);
    }

    private static String section(Outcome<WorkbenchBenchmark.Result> outcome) {
        StringBuilder md = new StringBuilder();
        Report.workbench(md, outcome);
        return md.toString();
    }

    @Test
    void the_section_gives_each_pages_percentiles_and_errors_and_names_the_pages_not_built() {
        WorkbenchBenchmark.Page queue = new WorkbenchBenchmark.Page(
                "secretary", "GET /cases", null, upTo(100), NONE, Map.of("HTTP 500", 2L), 20_480, 4);
        String md = section(result(
                queue,
                WorkbenchBenchmark.Page.notMeasured("secretary", "GET /roster", "404, not built yet"),
                new WorkbenchBenchmark.Page(
                        "supervisor", "GET /district", null, upTo(20), NONE, Map.of(), 3_072, null)));

        assertThat(md)
                .startsWith("## 5. Workbench pages\n\n")
                .contains(
                        "| `GET /cases` | secretary | 50.0 ms | 95.0 ms | 99.0 ms | 100.0 ms | 100 | 2 (2× HTTP 500) |"
                                + " 20.0 kB | 4 |\n")
                .contains("| `GET /roster` | secretary | not measured: 404, not built yet | | | | | | | |\n")
                .contains(
                        "| `GET /district` | supervisor | 10.0 ms | 19.0 ms | 20.0 ms | 20.0 ms | 20 | 0 | 3.0 kB | — |\n")
                .contains("sent no `Server-Timing` header")
                .contains("`GET /cases` counted 4 cases.")
                .contains("showed case `9f2e-first`")
                .doesNotContain("Server-Timing p95");
    }

    @Test
    void a_part_that_could_not_run_says_why() {
        assertThat(section(new Outcome<>(null, "IOException: the workbench does not answer on http://127.0.0.1:8085")))
                .isEqualTo("## 5. Workbench pages\n\nNot measured: IOException: the workbench does not answer on"
                        + " http://127.0.0.1:8085\n\n");
    }

    @Test
    void the_goal_is_the_slowest_pages_p95_and_pages_not_built_do_not_count() {
        assertThat(Report.workbenchGoal(result(
                        page("GET /", upTo(20), NONE),
                        page("GET /cases", upTo(60), NONE),
                        WorkbenchBenchmark.Page.notMeasured("secretary", "GET /admin", "404, not built yet"))))
                .isEqualTo("| workbench page p95, slowest page | < 100 ms | 57.0 ms (`GET /cases`, secretary) | met |");
        assertThat(Report.workbenchGoal(result(page("GET /", upTo(20), NONE), page("GET /desk", upTo(200), NONE))))
                .isEqualTo("| workbench page p95, slowest page | < 100 ms | 190.0 ms (`GET /desk`, secretary) |"
                        + " **not met** |");
    }

    @Test
    void a_page_that_never_answered_as_it_should_misses_the_goal() {
        WorkbenchBenchmark.Page failing = new WorkbenchBenchmark.Page(
                "secretary", "GET /desk", null, NONE, NONE, Map.of("HTTP 503", 5L), 0, null);

        assertThat(Report.workbenchGoal(result(page("GET /", upTo(20), NONE), failing)))
                .isEqualTo(
                        "| workbench page p95, slowest page | < 100 ms | 19.0 ms (`GET /`, secretary); 1 of the 2 pages"
                                + " timed never answered as they should | **not met** |");
        assertThat(Report.workbenchGoal(new Outcome<>(null, "no page was timed")))
                .isEqualTo("| workbench page p95, slowest page | < 100 ms | not measured |  |");
    }

    @Test
    void server_timing_sent_with_every_answer_is_the_pages_figure() {
        Samples client = Samples.ofMillis(new double[] {150, 150, 150, 150});
        Samples server = Samples.ofMillis(new double[] {40, 40, 40, 40});
        Outcome<WorkbenchBenchmark.Result> outcome = result(page("GET /cases", client, server));

        assertThat(Report.workbenchGoal(outcome)).contains("40.0 ms (`GET /cases`, secretary) | met |");
        assertThat(section(outcome))
                .contains("| page | user | p50 | p95 | p99 | max | samples | errors | page size | cases listed |"
                        + " Server-Timing p95 |\n")
                .contains(" 150.0 ms | 4 | 0 | 20.0 kB | — | 40.0 ms |\n");
        Samples partly = Samples.ofMillis(new double[] {40});
        assertThat(Report.workbenchGoal(result(page("GET /cases", client, partly))))
                .contains("150.0 ms (`GET /cases`, secretary) | **not met** |");
    }

    @Test
    void results_json_and_the_chart_hold_every_measured_page() {
        Outcome<WorkbenchBenchmark.Result> outcome = result(
                page("GET /cases", upTo(10), NONE),
                WorkbenchBenchmark.Page.notMeasured("secretary", "GET /roster", "404, not built yet"));

        assertThat(Report.json(outcome.value().json()))
                .contains("\"repetitions\":50")
                .contains("{\"page\":\"GET /cases\",\"user\":\"secretary\",\"count\":10,\"p50Ms\":5.0,\"p95Ms\":10.0,"
                        + "\"p99Ms\":10.0,\"maxMs\":10.0,\"errors\":0,\"failures\":{},\"bytes\":20480,"
                        + "\"casesListed\":null,\"serverTiming\":null}")
                .contains("{\"page\":\"GET /roster\",\"user\":\"secretary\",\"notMeasured\":\"404, not built yet\"}");
        assertThat(Report.workbenchSeries(outcome)).containsOnlyKeys("GET /cases (secretary)");
    }
}
