package io.huike.benchmarks;

import java.net.http.HttpClient;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs every benchmark in one go against the platform {@code ./platform bench} started, in order: case intake and
 * its pgbench limit, event lag at a fixed rate and at a share of the measured intake rate, the replay beside Kafka's
 * own consumer, the workbench's pages on the demo data, the dashboard at growing district sizes, and each service's
 * footprint; then writes the report. The replay
 * and the workbench go before the dashboard so that a reporting service worn out by the district's queries cannot
 * cost their figures. It measures and reports; a part that cannot run
 * is reported as not measured, and no figure fails it.
 */
public final class BenchmarkRun {

    /** Everything one run measured. */
    record Run(
            Instant started,
            double minutes,
            Settings settings,
            Machine machine,
            String loadAverageAtEnd,
            Outcome<IntakeBenchmark.Result> intake,
            Outcome<StatementCount.Result> statements,
            Outcome<PgbenchLimit.Result> pgbench,
            Outcome<EventLagBenchmark.Result> lag,
            Outcome<EventLagBenchmark.Result> sustainableLag,
            Outcome<ScaleCurve.Result> scale,
            Outcome<ReplayBenchmark.Result> replay,
            Outcome<WorkbenchBenchmark.Result> workbench,
            List<Footprint.Service> footprint,
            Outcome<Footprint.NativeMemory> nativeMemory) {

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("started", started.toString());
            json.put("minutes", Report.round(minutes));
            json.put("machine", machine.json());
            json.put("intake", part(intake, intake.measured() ? intake.value().json() : null));
            json.put(
                    "statementsPerCase",
                    part(statements, statements.measured() ? statements.value().json() : null));
            json.put(
                    "pgbench",
                    part(pgbench, pgbench.measured() ? pgbench.value().json() : null));
            json.put("lag", part(lag, lag.measured() ? lag.value().json() : null));
            json.put(
                    "sustainableLag",
                    part(
                            sustainableLag,
                            sustainableLag.measured() ? sustainableLag.value().json() : null));
            json.put("scale", part(scale, scale.measured() ? scale.value().json() : null));
            json.put("replay", part(replay, replay.measured() ? replay.value().json() : null));
            json.put(
                    "workbench",
                    part(workbench, workbench.measured() ? workbench.value().json() : null));
            json.put(
                    "footprint",
                    footprint.stream()
                            .map(s -> Report.object(
                                    "service", s.name(),
                                    "startupMillis", s.startupMillis(),
                                    "idleRssKb", s.idleKb(),
                                    "peakRssKb", s.peakKb(),
                                    "afterRssKb", s.afterKb()))
                            .toList());
            json.put(
                    "nativeMemory",
                    part(
                            nativeMemory,
                            nativeMemory.measured() ? nativeMemory.value().json() : null));
            json.put("loadAverageAtEnd", loadAverageAtEnd);
            return json;
        }

        private static Object part(Outcome<?> outcome, Map<String, Object> json) {
            return outcome.measured() ? json : Report.object("notMeasured", outcome.notMeasured());
        }
    }

    private BenchmarkRun() {}

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Settings settings = Settings.fromEnvironment();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Machine machine = Machine.describe(settings);
        System.out.printf(
                "Machine: %d cores, %,d MB, %s; load average %s%n",
                machine.cores(), machine.memoryMb(), machine.cpu(), machine.loadAverageAtStart());
        IntakeBenchmark intakeBenchmark =
                new IntakeBenchmark(http, settings.caseUrl(), settings.intakeCommunities(), settings.intakeToken());

        try (Footprint footprint = new Footprint(settings)) {
            footprint.start();
            AtomicReference<Outcome<StatementCount.Result>> statements =
                    new AtomicReference<>(Outcome.skipped("the intake run did not finish"));
            Outcome<IntakeBenchmark.Result> intake = Outcome.of(
                    "Case intake: %d clients for %d s after a %d s warm-up"
                            .formatted(settings.clients(), settings.seconds(), settings.warmupSeconds()),
                    () -> print(intake(intakeBenchmark, settings, statements)));
            Outcome<PgbenchLimit.Result> pgbench = PgbenchLimit.available()
                    ? Outcome.of(
                            "The limit: pgbench with %d clients for %d s"
                                    .formatted(settings.clients(), settings.seconds()),
                            () -> print(new PgbenchLimit(settings).measure(settings.clients(), settings.seconds())))
                    : Outcome.skipped("pgbench, pg_dump or psql is not on the PATH");
            Outcome<EventLagBenchmark.Result> lag = Outcome.of(
                    "Event lag: %d cases/s for %d s".formatted(settings.lagRate(), settings.lagSeconds()),
                    () -> print(new EventLagBenchmark(http, intakeBenchmark, settings)
                            .measure(settings.lagRate(), settings.lagSeconds())));
            Outcome<EventLagBenchmark.Result> sustainableLag = sustainableLag(http, settings, intakeBenchmark, intake);
            Outcome<ReplayBenchmark.Result> replay = Outcome.of(
                    "Replay: POST /rebuilds, then Kafka's ConsumerPerformance",
                    () -> print(new ReplayBenchmark(http, settings).measure()));
            Outcome<WorkbenchBenchmark.Result> workbench = Outcome.of(
                    "Workbench pages: %d warm-up and %d timed requests per page, as the secretary and the supervisor"
                            .formatted(WorkbenchBenchmark.WARMUP, settings.workbenchRepetitions()),
                    () -> new WorkbenchBenchmark(http, settings).measure(settings.workbenchRepetitions()));
            Outcome<ScaleCurve.Result> scale = Outcome.of(
                    "Dashboard at district scale: %d communities, steps of %s cases"
                            .formatted(settings.districtCommunities().size(), settings.scaleSteps()),
                    () -> new ScaleCurve(http, settings).measure());
            List<Footprint.Service> services = footprint.services();
            Outcome<Footprint.NativeMemory> nativeMemory = Outcome.of(
                    "Native memory of " + Footprint.TRACKED + " after the load", () -> print(footprint.nativeMemory()));
            services.forEach(s -> System.out.println("    " + s));
            double minutes = Duration.between(started, Instant.now()).toSeconds() / 60.0;
            Run run = new Run(
                    started,
                    minutes,
                    settings,
                    machine,
                    Machine.loadAverage(),
                    intake,
                    statements.get(),
                    pgbench,
                    lag,
                    sustainableLag,
                    scale,
                    replay,
                    workbench,
                    services,
                    nativeMemory);
            new Report(run).write(settings.root());
            System.out.println("Wrote docs/benchmarks.md and docs/benchmarks/: results.json, latency.html, scale.svg");
        }
    }

    /**
     * The warm-up, then the measured intake run with the statements case-service's database executed during it, or
     * why they could not be counted.
     */
    private static IntakeBenchmark.Result intake(
            IntakeBenchmark intakeBenchmark,
            Settings settings,
            AtomicReference<Outcome<StatementCount.Result>> statements)
            throws InterruptedException {
        intakeBenchmark.warmUp(settings.clients(), settings.warmupSeconds());
        StatementCount counter = new StatementCount(settings);
        StatementCount.Snapshot before = null;
        try {
            before = counter.snapshot();
        } catch (SQLException e) {
            statements.set(Outcome.skipped("pg_stat_statements cannot be read on %s (%s)"
                    .formatted(
                            StatementCount.DATABASE,
                            e.getMessage().lines().findFirst().orElse(""))));
        }
        IntakeBenchmark.Result result = intakeBenchmark.measure(settings.clients(), settings.seconds());
        if (before != null) {
            try {
                statements.set(new Outcome<>(
                        print(StatementCount.between(
                                before, counter.snapshot(), result.latencies().count())),
                        null));
            } catch (SQLException e) {
                statements.set(
                        Outcome.skipped("pg_stat_statements could not be read after the run: " + e.getMessage()));
            }
        }
        return result;
    }

    /** The lag again at the given share of the intake rate this run measured, the rate the machine can hold. */
    private static Outcome<EventLagBenchmark.Result> sustainableLag(
            HttpClient http,
            Settings settings,
            IntakeBenchmark intakeBenchmark,
            Outcome<IntakeBenchmark.Result> intake) {
        if (!intake.measured()) {
            return Outcome.skipped("the intake rate it is drawn from was not measured");
        }
        int rate =
                Math.max(1, (int) Math.round(intake.value().casesPerSecond() * settings.lagCapacityPercent() / 100.0));
        return Outcome.of(
                "Event lag at %d %% of the intake rate: %d cases/s for %d s"
                        .formatted(settings.lagCapacityPercent(), rate, settings.lagSeconds()),
                () -> print(
                        new EventLagBenchmark(http, intakeBenchmark, settings).measure(rate, settings.lagSeconds())));
    }

    private static <T extends Figures> T print(T result) {
        System.out.println("    " + Report.json(result.json()));
        return result;
    }
}
