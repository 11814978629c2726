package io.huike.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's district, lag, statements and memory parts, from given figures: nothing is invented for a part not measured. */
class ScaleReportTest {

    @TempDir
    static Path root;

    private static String markdown;
    private static String svg;
    private static String json;

    /** 1, 2, … n milliseconds, times a factor. */
    private static Samples upTo(int n, double factor) {
        return Samples.ofMillis(
                IntStream.rangeClosed(1, n).mapToDouble(i -> i * factor).toArray());
    }

    private static ScaleCurve.Step step(long cases, double factor) {
        List<DashboardBenchmark.Timing> timings = List.of(
                new DashboardBenchmark.Timing("GET /figures", upTo(100, factor), Map.of()),
                new DashboardBenchmark.Timing(DashboardBenchmark.WHOLE_DASHBOARD, upTo(100, factor * 3), Map.of()));
        DistrictLoad.Load load = new DistrictLoad.Load(cases, cases * 6, cases / 1000.0);
        return new ScaleCurve.Step(
                cases, new Outcome<>(new DashboardBenchmark.Result(200, cases, load, timings, null), null));
    }

    private static EventLagBenchmark.Result lag(int rate, double factor) {
        return new EventLagBenchmark.Result(
                rate, 30, rate * 30L, rate * 30L, 0, 0, rate, upTo(100, 0.1), upTo(100, factor), 0);
    }

    @BeforeAll
    static void writeTheReport() throws Exception {
        Path here = Path.of(".");
        Settings settings = new Settings(
                root,
                here,
                here,
                "",
                "",
                "",
                0,
                "",
                "",
                here,
                List.of("bench1-0"),
                "",
                List.of("bench-d001"),
                "",
                8,
                30,
                10,
                200,
                30,
                70,
                List.of(200_000L, 2_000_000L, 10_000_000L),
                3600,
                30,
                "",
                "",
                "",
                3);
        ScaleCurve.Result curve = new ScaleCurve.Result(
                List.of(
                        step(200_000, 1),
                        step(2_000_000, 2),
                        new ScaleCurve.Step(
                                10_000_000, Outcome.skipped("adding 8,000,000 cases needs about 61,035 MB of disk"))),
                DistrictData.REMOVAL);
        BenchmarkRun.Run run = new BenchmarkRun.Run(
                Instant.parse("2026-12-04T20:00:00Z"),
                30,
                settings,
                new Machine(2, 8000, "cpu", "os", "jdk", "pg", "kafka", "0.5 0.5 0.5"),
                "0.5 0.5 0.5",
                new Outcome<>(new IntakeBenchmark.Result(8, 30, upTo(100, 0.2), 0, 400), null),
                Outcome.skipped("pg_stat_statements cannot be read on huike_case (it is not loaded)"),
                new Outcome<>(new PgbenchLimit.Result(8, 30, 1000, 8), null),
                new Outcome<>(lag(200, 2), null),
                new Outcome<>(lag(280, 10), null),
                new Outcome<>(curve, null),
                Outcome.skipped("not run here"),
                Outcome.skipped("not run here"),
                List.of(new Footprint.Service("case-service", 2900L, 200_000L, 310_000L, 290_000L)),
                new Outcome<>(
                        new Footprint.NativeMemory(
                                "case-service", 290_000, 250_000, Map.of("Java Heap", 150_000L, "Class", 60_000L)),
                        null));
        new Report(run).write(root);
        markdown = Files.readString(root.resolve("docs/benchmarks.md"));
        svg = Files.readString(root.resolve("docs/benchmarks/scale.svg"));
        json = Files.readString(root.resolve("docs/benchmarks/results.json"));
    }

    @Test
    void the_scale_table_has_a_line_per_step_and_a_skipped_step_says_why() {
        assertThat(markdown)
                .contains("| 200,000 | 1,200,000 | 200 s | 6,000 | 285.0 ms | 95.0 ms |")
                .contains("| 2,000,000 | 12,000,000 | 2000 s | 6,000 | 570.0 ms | 190.0 ms |")
                .contains("| 10,000,000 | skipped: adding 8,000,000 cases needs about 61,035 MB of disk | | | | |")
                .contains("| `GET /figures` | 95.0 ms | 190.0 ms |")
                .contains("![p95 of each request against the district's cases](benchmarks/scale.svg)")
                .contains("| dashboard p95 at 2,000,000 cases, slowest endpoint | < 50 ms | 190.0 ms | **not met** |");
    }

    @Test
    void the_chart_draws_a_line_per_request_through_the_measured_steps() {
        assertThat(svg)
                .startsWith("<svg")
                .contains("<polyline")
                .contains("GET /figures")
                .contains(">1,000,000<");
        assertThat(svg.split("<circle", -1)).hasSize(5);
    }

    @Test
    void both_lag_runs_are_reported_and_the_goal_is_judged_at_the_sustainable_rate() {
        assertThat(markdown)
                .contains("### At a fixed 200 cases/s")
                .contains("### At 70 % of the intake rate measured above")
                .contains("| event lag p99 at the sustainable rate (70 % of intake), 280/s | < 500 ms | 990.0 ms |"
                        + " **not met** |");
    }

    @Test
    void statements_not_counted_say_why_beside_the_intake_ratio() {
        assertThat(markdown)
                .contains("| intake rate ÷ pgbench rate | ≥ 0.3 | 0.40 | met |")
                .contains("not measured: pg_stat_statements cannot be read on huike_case (it is not loaded)")
                .doesNotContain("statements** per registered case");
    }

    @Test
    void resident_memory_is_judged_after_the_load_and_split_by_native_memory_tracking() {
        assertThat(markdown)
                .contains("| case-service resident after the load | < 300 MB | 283 MB | met |")
                .contains("| Java Heap | 146 MB |")
                .contains("| Class | 59 MB |");
        assertThat(json).contains("\"nativeMemory\":{\"service\":\"case-service\"");
    }
}
