package io.huike.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a run's results: {@code docs/benchmarks/results.json} for machines, {@code docs/benchmarks.md} for
 * people, {@code docs/benchmarks/latency.html} with the latency distributions and {@code docs/benchmarks/scale.svg}
 * with the dashboard's p95 against the district's cases.
 */
final class Report {

    private final BenchmarkRun.Run run;

    Report(BenchmarkRun.Run run) {
        this.run = run;
    }

    void write(Path root) throws IOException {
        Path dir = root.resolve("docs/benchmarks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.json"), json(run.json()) + "\n");
        Files.writeString(dir.resolve("latency.html"), chart());
        Files.writeString(dir.resolve("scale.svg"), Chart.curve(scaleSeries()));
        Files.writeString(root.resolve("docs/benchmarks.md"), markdown());
    }

    private String chart() {
        Map<String, Map<String, Samples>> groups = new LinkedHashMap<>();
        Map<String, Samples> intake = new LinkedHashMap<>();
        if (run.intake().measured()) {
            intake.put(
                    "register a case, %d clients".formatted(run.intake().value().clients()),
                    run.intake().value().latencies());
        }
        if (run.lag().measured()) {
            intake.put(
                    "register a case at %d/s".formatted(run.lag().value().targetRate()),
                    run.lag().value().registrationLatency());
        }
        groups.put("Case intake: request latency", intake);
        Map<String, Samples> lags = new LinkedHashMap<>();
        for (Outcome<EventLagBenchmark.Result> lag : List.of(run.lag(), run.sustainableLag())) {
            if (lag.measured()) {
                lags.put(
                        "lag at %d/s".formatted(lag.value().targetRate()),
                        lag.value().lag());
            }
        }
        groups.put("Event lag: registration to counted by reporting", lags);
        Map<String, Samples> dashboard = new LinkedHashMap<>();
        Outcome<DashboardBenchmark.Result> largest = largestStep();
        if (largest.measured()) {
            largest.value().timings().forEach(t -> dashboard.put(t.name(), t.latencies()));
        }
        groups.put("Dashboard and district views at district scale", dashboard);
        groups.put("Workbench pages on the demo data, from the client over loopback", workbenchSeries(run.workbench()));
        return Chart.page(
                        "Huike benchmark latencies, " + run.started(),
                        "Percentile plots from the run reported in benchmarks.md; both axes logarithmic. Machine: "
                                + machineLine() + ".",
                        groups)
                .replace(
                        "</body>",
                        "<h2>Dashboard p95 against the district's cases</h2>\n" + Chart.curve(scaleSeries())
                                + "\n</body>");
    }

    private Outcome<DashboardBenchmark.Result> largestStep() {
        return run.scale().measured()
                ? run.scale().value().largest()
                : Outcome.skipped(run.scale().notMeasured());
    }

    private List<ScaleCurve.Step> measuredSteps() {
        return run.scale().measured()
                ? run.scale().value().steps().stream()
                        .filter(step -> step.dashboard().measured())
                        .toList()
                : List.of();
    }

    /** Each request's p95 at each measured step, by request: the scale curve's lines. */
    private Map<String, Map<Long, Double>> scaleSeries() {
        Map<String, Map<Long, Double>> series = new LinkedHashMap<>();
        for (ScaleCurve.Step step : measuredSteps()) {
            for (DashboardBenchmark.Timing t : step.dashboard().value().timings()) {
                if (t.latencies().count() > 0) {
                    series.computeIfAbsent(t.name(), name -> new java.util.TreeMap<>())
                            .put(step.cases(), t.latencies().percentile(95));
                }
            }
        }
        return series;
    }

    private String machineLine() {
        Machine m = run.machine();
        return "%d cores, %,d MB memory, %s".formatted(m.cores(), m.memoryMb(), m.cpu());
    }

    private String markdown() {
        StringBuilder md = new StringBuilder();
        Machine m = run.machine();
        md.append("# Benchmarks\n\n")
                .append("Figures of the last run of `./platform bench` (see the [README](../README.md)); the command"
                        + " writes this page, [results.json](benchmarks/results.json) and the"
                        + " [latency chart](benchmarks/latency.html). A benchmark measures and reports; no figure"
                        + " fails it.\n\n")
                .append("Run on %s, taking %.1f minutes.".formatted(run.started(), run.minutes()));
        if (busy(m.loadAverageAtStart(), m.cores())) {
            md.append(" **Other work kept the machine busy** (its load average was above its core count when the run"
                    + " began): these figures are lower than the same machine gives when quiet.");
        }
        md.append("\n\n");
        md.append("## Machine\n\n| | |\n|---|---|\n")
                .append(row("cores", String.valueOf(m.cores())))
                .append(row("memory", "%,d MB".formatted(m.memoryMb())))
                .append(row("CPU", m.cpu()))
                .append(row("OS", m.os()))
                .append(row("JDK", m.jdk()))
                .append(row("PostgreSQL", m.postgresql()))
                .append(row("Kafka", m.kafka()))
                .append(row(
                        "load average (1, 5, 15 min) at start / end",
                        m.loadAverageAtStart() + " / " + run.loadAverageAtEnd()))
                .append('\n');
        md.append("## Goals\n\n| goal | target | measured | |\n|---|---|---|---|\n");
        goals().forEach(goal -> md.append(goal).append('\n'));
        md.append('\n');
        limits(md);
        intake(md);
        lag(md);
        dashboard(md);
        replay(md);
        workbench(md, run.workbench());
        footprint(md);
        return md.toString();
    }

    private List<String> goals() {
        List<String> goals = new ArrayList<>();
        Double ratio = run.intake().measured() && run.pgbench().measured()
                ? run.intake().value().casesPerSecond() / run.pgbench().value().transactionsPerSecond()
                : null;
        goals.add(goal("intake rate ÷ pgbench rate", "≥ 0.3", ratio, "%.2f", ratio != null && ratio >= 0.3));
        goals.add(
                run.statements().measured()
                        ? "| statements on the case database per registered case | as few as the rules need | %.1f | |"
                                .formatted(run.statements().value().perCase())
                        : "| statements on the case database per registered case | as few as the rules need | not"
                                + " measured: %s | |".formatted(run.statements().notMeasured()));
        Double intakeP99 =
                run.intake().measured() ? run.intake().value().latencies().percentile(99) : null;
        goals.add(goal("intake p99", "< 50 ms", intakeP99, "%.1f ms", intakeP99 != null && intakeP99 < 50));
        Double lagP99 = run.lag().measured() && run.lag().value().lag().count() > 0
                ? run.lag().value().lag().percentile(99)
                : null;
        goals.add(goal(
                "event lag p99 at %d/s".formatted(run.settings().lagRate()),
                "< 500 ms",
                lagP99,
                "%.1f ms",
                lagP99 != null && lagP99 < 500 && run.lag().value().notCounted() == 0));
        goals.add(sustainableLagGoal());
        goals.add(dashboardGoal());
        Double replay = run.replay().measured() ? run.replay().value().ratio() : null;
        goals.add(goal("replay rate ÷ Kafka consumer rate", "≥ 0.5", replay, "%.2f", replay != null && replay >= 0.5));
        goals.add(workbenchGoal(run.workbench()));
        for (Footprint.Service s : run.footprint()) {
            Double seconds = s.startupMillis() == null ? null : s.startupMillis() / 1000.0;
            goals.add(goal(s.name() + " ready", "< 3 s", seconds, "%.1f s", seconds != null && seconds < 3));
            Double mb = s.afterKb() == null ? null : s.afterKb() / 1024.0;
            goals.add(goal(s.name() + " resident after the load", "< 300 MB", mb, "%.0f MB", mb != null && mb < 300));
        }
        return goals;
    }

    private String sustainableLagGoal() {
        String name = "event lag p99 at the sustainable rate (%d %% of intake)"
                .formatted(run.settings().lagCapacityPercent());
        if (!run.sustainableLag().measured()
                || run.sustainableLag().value().lag().count() == 0) {
            return goal(name, "< 500 ms", null, "", false);
        }
        EventLagBenchmark.Result r = run.sustainableLag().value();
        double p99 = r.lag().percentile(99);
        return goal(
                name + ", %d/s".formatted(r.targetRate()),
                "< 500 ms",
                p99,
                "%.1f ms",
                p99 < 500 && r.notCounted() == 0);
    }

    /** The slowest endpoint that answered at the largest step measured, and how many never did. */
    private String dashboardGoal() {
        Outcome<DashboardBenchmark.Result> largest = largestStep();
        if (!largest.measured()) {
            return goal("dashboard p95 at district scale, slowest endpoint", "< 50 ms", null, "", false);
        }
        String name = "dashboard p95 at %,d cases, slowest endpoint"
                .formatted(largest.value().cases());
        List<DashboardBenchmark.Timing> endpoints = largest.value().timings().stream()
                .filter(t -> !t.name().equals(DashboardBenchmark.WHOLE_DASHBOARD))
                .toList();
        double slowest = endpoints.stream()
                .filter(t -> t.latencies().count() > 0)
                .mapToDouble(t -> t.latencies().percentile(95))
                .max()
                .orElse(Double.NaN);
        long failing =
                endpoints.stream().filter(t -> t.latencies().count() == 0).count();
        if (failing == 0) {
            return goal(name, "< 50 ms", slowest, "%.1f ms", slowest < 50);
        }
        return "| %s | < 50 ms | %s; %d of the %d endpoints timed never answered successfully | **not met** |"
                .formatted(name, ms(slowest), failing, endpoints.size());
    }

    private static String goal(String name, String target, Double value, String format, boolean met) {
        String measured = value == null || value.isNaN() ? "not measured" : String.format(Locale.ROOT, format, value);
        String verdict = value == null || value.isNaN() ? "" : met ? "met" : "**not met**";
        return "| %s | %s | %s | %s |".formatted(name, target, measured, verdict);
    }

    /** What holds each figure back, as found by profiling the services; true of the code, whatever a run measures. */
    private static void limits(StringBuilder md) {
        md.append("### What limits each figure\n\n")
                .append("- **Intake against pgbench.** The pgbench script does the two inserts the goal names; the"
                        + " service's registration runs six statements (the tracking-number upsert, the case, its"
                        + " timeline rows, its outbox rows, the commit's begin and end; reference data comes from"
                        + " memory) behind HTTP, token verification, validation and JSON, while the relay, three consumers, the broker and"
                        + " PostgreSQL share the same two cores. pgbench runs alone. The statements per case below"
                        + " count what really ran on the case database, from pg_stat_statements, when it is"
                        + " loaded.\n")
                .append("- **Event lag.** A case is counted after the outbox relay is woken by the commit, the broker"
                        + " acknowledges, and reporting's consumer applies the poll's batch in one transaction. The"
                        + " median stays near the cost of those steps; the tail follows the moments the two cores are"
                        + " saturated. At a fixed rate above what the machine holds, requests queue and the lag grows"
                        + " with the run; the second run, at a share of the intake rate this run measured, shows the"
                        + " lag at a rate the machine can sustain.\n")
                .append("- **Dashboard at district scale.** The district arrives as events and reporting applies each"
                        + " one as it would in production, so the load's rate is reporting's apply rate (its inbox, the"
                        + " case's event log and fact row, the month tallies) and the read models hold exactly what the"
                        + " events make of them. The curve shows which requests grow with the cases and which stay"
                        + " flat; a request whose p95 grows in step with the cases reads rows per case rather than"
                        + " tallies.\n")
                .append("- **Replay against Kafka's consumer.** Kafka's tool only reads bytes. A rebuild applies every"
                        + " event: its inbox row, the case's event log, the case's fact row continued from its new"
                        + " events, and the tallies, a poll of up to 2,000 events per transaction, written set-wise;"
                        + " each event still costs PostgreSQL several rows and index entries on the same two cores.\n")
                .append("- **Start-up and memory.** On two cores most of a service's start is class loading and"
                        + " compiling; the services run with the quick compiler only and a class-data archive, which"
                        + " halve the CPU a start takes. Resident memory is the heap's used part plus classes, compiled"
                        + " code, thread stacks and direct buffers; the Native Memory Tracking reading below splits"
                        + " case-service's, when the run takes one.\n\n");
    }

    private void intake(StringBuilder md) {
        md.append("## 1. Case intake\n\n");
        if (!run.intake().measured()) {
            md.append(notMeasured(run.intake())).append('\n');
            return;
        }
        IntakeBenchmark.Result r = run.intake().value();
        md.append(("%d clients register cases through `POST /communities/{community}/cases` (one community each) for"
                                + " %d s after a %d s warm-up, each sending its next request when the last is answered.\n\n")
                        .formatted(r.clients(), r.seconds(), run.settings().warmupSeconds()))
                .append("| cases/s | p50 | p95 | p99 | max | cases | errors |\n|---|---|---|---|---|---|---|\n")
                .append("| %.1f | %s | %s | %s | %s | %d | %d |\n\n"
                        .formatted(
                                r.casesPerSecond(),
                                ms(r.latencies().percentile(50)),
                                ms(r.latencies().percentile(95)),
                                ms(r.latencies().percentile(99)),
                                ms(r.latencies().max()),
                                r.latencies().count(),
                                r.errors()));
        md.append("**The limit, pgbench.** ");
        if (run.pgbench().measured()) {
            PgbenchLimit.Result p = run.pgbench().value();
            md.append(("`pgbench -n -c %d -j %d -T %d` runs"
                            + " [register-case.sql](../benchmarks/src/main/resources/pgbench/register-case.sql) (the case"
                            + " row and its outbox row in one transaction, with the service's columns and sizes) against"
                            + " a scratch database with case-service's schema (`pg_dump --schema-only huike_case`) on the"
                            + " same PostgreSQL: **%.1f transactions/s** (average latency %.2f ms). Intake reached"
                            + " **%.2f** of it. The service does more per case than the script: it also takes the"
                            + " community's tracking number (an upsert) and writes the case's first timeline row.\n\n")
                    .formatted(
                            p.clients(),
                            p.clients(),
                            p.seconds(),
                            p.transactionsPerSecond(),
                            p.averageLatencyMs(),
                            r.casesPerSecond() / p.transactionsPerSecond()));
        } else {
            md.append(notMeasured(run.pgbench())).append('\n');
        }
        statements(md);
    }

    private void statements(StringBuilder md) {
        md.append("**Statements per case.** ");
        if (!run.statements().measured()) {
            md.append(notMeasured(run.statements())).append('\n');
            return;
        }
        StatementCount.Result r = run.statements().value();
        md.append(
                        "**%.1f statements** per registered case (%,d statements for %,d cases). Method: %s. The most called:\n\n"
                                .formatted(r.perCase(), r.statements(), r.cases(), StatementCount.METHOD))
                .append("| calls | per case | statement |\n|---|---|---|\n");
        r.top()
                .forEach(t -> md.append("| %,d | %.2f | `%s` |\n"
                        .formatted(
                                t.calls(),
                                t.calls() / (double) r.cases(),
                                t.query().replace("|", "\\|"))));
        md.append('\n');
    }

    private void lag(StringBuilder md) {
        md.append("## 2. Event lag\n\n");
        md.append("### At a fixed %d cases/s\n\n".formatted(run.settings().lagRate()));
        lag(md, run.lag());
        md.append("### At %d %% of the intake rate measured above, the rate the machine can hold\n\n"
                .formatted(run.settings().lagCapacityPercent()));
        lag(md, run.sustainableLag());
        md.append("Method: ").append(EventLagBenchmark.METHOD).append(".\n\n");
    }

    private void lag(StringBuilder md, Outcome<EventLagBenchmark.Result> lag) {
        if (!lag.measured()) {
            md.append(notMeasured(lag)).append('\n');
            return;
        }
        EventLagBenchmark.Result r = lag.value();
        md.append(("Cases are registered on a fixed schedule of %d per second for %d s (open loop: a request starts"
                                + " on time whatever the earlier answers, at most %d in flight). Achieved: **%.1f cases/s**"
                                + " (%d scheduled, %d registered, %d errors, %d not sent because %d were in flight)."
                                + " Registration latency at this rate: p50 %s, p95 %s, p99 %s.\n\n")
                        .formatted(
                                r.targetRate(),
                                r.seconds(),
                                EventLagBenchmark.MAX_IN_FLIGHT,
                                r.achievedRate(),
                                r.scheduled(),
                                r.registered(),
                                r.errors(),
                                r.skipped(),
                                EventLagBenchmark.MAX_IN_FLIGHT,
                                ms(r.registrationLatency().percentile(50)),
                                ms(r.registrationLatency().percentile(95)),
                                ms(r.registrationLatency().percentile(99))))
                .append("| lag p50 | p95 | p99 | max | cases measured | not counted within 120 s |\n")
                .append("|---|---|---|---|---|---|\n")
                .append("| %s | %s | %s | %s | %d | %d |\n\n"
                        .formatted(
                                ms(r.lag().percentile(50)),
                                ms(r.lag().percentile(95)),
                                ms(r.lag().percentile(99)),
                                ms(r.lag().max()),
                                r.lag().count(),
                                r.notCounted()));
    }

    private void dashboard(StringBuilder md) {
        md.append("## 3. Dashboard at district scale\n\n");
        if (!run.scale().measured()) {
            md.append(notMeasured(run.scale())).append('\n');
            return;
        }
        ScaleCurve.Result curve = run.scale().value();
        md.append(("The district (%d communities) is loaded through the path events really take: %s. It grows in"
                                + " steps (`HUIKE_BENCH_SCALE_STEPS`), and at each step each endpoint the dashboard calls"
                                + " for the whole district (default period: this month), and the district views, are timed"
                                + " from the client one request at a time after up to 3 warm-up requests (20 s at most),"
                                + " with a district supervisor's token naming the communities; an endpoint gets %d"
                                + " repetitions or 60 s (at least 3), each request up to 60 s. A load's time is the same"
                                + " work as a rebuild of that many events. Removal: %s.\n\n")
                        .formatted(
                                run.settings().districtCommunities().size(),
                                DistrictLoad.METHOD,
                                run.settings().dashboardRepetitions(),
                                curve.removal()))
                .append("| cases | events added | load | events/s | whole dashboard p95 | slowest request p95 |\n")
                .append("|---|---|---|---|---|---|\n");
        for (ScaleCurve.Step step : curve.steps()) {
            if (!step.dashboard().measured()) {
                md.append("| %,d | skipped: %s | | | | |\n"
                        .formatted(step.cases(), step.dashboard().notMeasured()));
                continue;
            }
            DashboardBenchmark.Result r = step.dashboard().value();
            double whole = r.timings().stream()
                    .filter(t -> t.name().equals(DashboardBenchmark.WHOLE_DASHBOARD))
                    .mapToDouble(t -> t.latencies().percentile(95))
                    .findFirst()
                    .orElse(Double.NaN);
            double slowest = r.timings().stream()
                    .filter(t -> !t.name().equals(DashboardBenchmark.WHOLE_DASHBOARD)
                            && t.latencies().count() > 0)
                    .mapToDouble(t -> t.latencies().percentile(95))
                    .max()
                    .orElse(Double.NaN);
            md.append("| %,d | %,d | %.0f s | %,.0f | %s | %s |\n"
                    .formatted(
                            step.cases(),
                            r.load().events(),
                            r.load().seconds(),
                            r.load().eventsPerSecond(),
                            ms(whole),
                            ms(slowest)));
        }
        md.append("\n![p95 of each request against the district's cases](benchmarks/scale.svg)\n\n");
        List<ScaleCurve.Step> measured = measuredSteps();
        if (measured.isEmpty()) {
            return;
        }
        md.append("Each request's p95 at each step:\n\n| request |");
        measured.forEach(step -> md.append(" %,d cases |".formatted(step.cases())));
        md.append("\n|---|").append("---|".repeat(measured.size())).append('\n');
        scaleSeries().forEach((name, byCases) -> {
            md.append("| `").append(name).append("` |");
            measured.forEach(step -> md.append(' ')
                    .append(ms(byCases.getOrDefault(step.cases(), Double.NaN)))
                    .append(" |"));
            md.append('\n');
        });
        DashboardBenchmark.Result r = largestStep().value();
        md.append("\nAt the largest step measured, %,d cases:\n\n".formatted(r.cases()))
                .append("| request | p50 | p95 | max | samples | errors |\n|---|---|---|---|---|---|\n");
        r.timings()
                .forEach(t -> md.append("| `%s` | %s | %s | %s | %d | %s |\n"
                        .formatted(
                                t.name(),
                                ms(t.latencies().percentile(50)),
                                ms(t.latencies().percentile(95)),
                                ms(t.latencies().max()),
                                t.latencies().count(),
                                failures(t))));
        if (r.stopped() != null) {
            md.append("\nThe other requests were not timed: ")
                    .append(r.stopped())
                    .append(".\n");
        }
        md.append('\n');
    }

    private void replay(StringBuilder md) {
        md.append("## 4. Replay\n\n");
        if (!run.replay().measured()) {
            md.append(notMeasured(run.replay())).append('\n');
            return;
        }
        ReplayBenchmark.Result r = run.replay().value();
        md.append(("`POST /rebuilds` emptied reporting's read models and replayed every event of `case-events`,"
                        + " `roster-events` and `outreach-events`: **%,d events in %.1f s, %.1f events/s**. Beside it,"
                        + " Kafka's own consumer (`ConsumerPerformance --messages %d` on `%s`, a new group) read %.2f"
                        + " MB/s, %.1f messages/s overall and **%.1f messages/s while fetching** (after joining its"
                        + " group). The rebuild reached **%.2f** of the fetch rate.\n\n")
                .formatted(
                        r.rebuildEvents(),
                        r.rebuildSeconds(),
                        r.rebuildEventsPerSecond(),
                        r.rawMessages(),
                        ReplayBenchmark.TOPIC,
                        r.rawMegabytesPerSecond(),
                        r.rawMessagesPerSecond(),
                        r.rawFetchMessagesPerSecond(),
                        r.ratio()));
    }

    /** The workbench's pages, one line each, as the chart draws them. */
    static Map<String, Samples> workbenchSeries(Outcome<WorkbenchBenchmark.Result> workbench) {
        Map<String, Samples> series = new LinkedHashMap<>();
        if (workbench.measured()) {
            workbench.value().measured().forEach(p -> series.put(p.name() + " (" + p.user() + ")", p.latencies()));
        }
        return series;
    }

    /**
     * The slowest page's p95 (the server's own time where it sent {@code Server-Timing} with every answer, else the
     * client's), and how many measured pages never answered as they should.
     */
    static String workbenchGoal(Outcome<WorkbenchBenchmark.Result> workbench) {
        String name = "workbench page p95, slowest page";
        if (!workbench.measured()) {
            return goal(name, "< 100 ms", null, "", false);
        }
        List<WorkbenchBenchmark.Page> pages = workbench.value().measured();
        WorkbenchBenchmark.Page slowest = pages.stream()
                .filter(p -> p.serverTime().count() > 0)
                .max(Comparator.comparingDouble(p -> p.serverTime().percentile(95)))
                .orElse(null);
        long failing = pages.stream().filter(p -> p.latencies().count() == 0).count();
        if (slowest == null && failing == 0) {
            return goal(name, "< 100 ms", null, "", false);
        }
        double p95 = slowest == null ? Double.NaN : slowest.serverTime().percentile(95);
        String measured = slowest == null ? "—" : "%s (`%s`, %s)".formatted(ms(p95), slowest.name(), slowest.user());
        if (failing > 0) {
            return "| %s | < 100 ms | %s; %d of the %d pages timed never answered as they should | **not met** |"
                    .formatted(name, measured, failing, pages.size());
        }
        return "| %s | < 100 ms | %s | %s |".formatted(name, measured, p95 < 100 ? "met" : "**not met**");
    }

    static void workbench(StringBuilder md, Outcome<WorkbenchBenchmark.Result> workbench) {
        md.append("## 5. Workbench pages\n\n");
        if (!workbench.measured()) {
            md.append(notMeasured(workbench)).append('\n');
            return;
        }
        WorkbenchBenchmark.Result r = workbench.value();
        md.append(("Every page of the workbench, timed from the client over loopback one request at a time: %d"
                        + " warm-up requests, then %d timed (at most 60 s of them, at least 3), each from sending"
                        + " the request to the page's last byte, no redirect followed. The demo users sign in"
                        + " once each as a browser does (the page's redirect to Keycloak, its login form, the"
                        + " redirect back with the code) and keep the session cookie: `%s` (community admin, case"
                        + " handler, member on duty) for the staff pages, `%s` (district supervisor) for"
                        + " `/district`; the status page is a resident's, signed out. Its lookup is posted %d times in"
                        + " all (1 as the warm-up), each time with a new tracking number that matches no case, after"
                        + " opening the page for its form's CSRF token (not timed); its answer is the \"not found\""
                        + " page, a 404. The status page allows 10 lookups per client address in 10 minutes, so a 429"
                        + " there means that limit. A page that answers 404 is not built yet and is not measured;"
                        + " any other answer than the page's own is an error, counted by status.\n\n")
                .formatted(
                        r.warmup(),
                        r.repetitions(),
                        WorkbenchBenchmark.SECRETARY,
                        WorkbenchBenchmark.SUPERVISOR,
                        r.statusLookups()));
        boolean serverTiming =
                r.measured().stream().anyMatch(p -> p.serverTiming().count() > 0);
        md.append(
                serverTiming
                        ? "The pages that sent `Server-Timing` show its total (or its longest metric) beside; the goal"
                                + " takes it where every timed answer of the page carried one.\n\n"
                        : "The workbench sent no `Server-Timing` header, so every figure is the client's: the server's"
                                + " time plus the loopback round trip and reading the page.\n\n");
        md.append("| page | user | p50 | p95 | p99 | max | samples | errors | page size | cases listed |");
        md.append(serverTiming ? " Server-Timing p95 |\n" : "\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|").append(serverTiming ? "---|\n" : "\n");
        for (WorkbenchBenchmark.Page p : r.pages()) {
            if (!p.measured()) {
                md.append("| `%s` | %s | not measured: %s | | | | | | | |%s\n"
                        .formatted(p.name(), p.user(), p.notMeasured(), serverTiming ? " |" : ""));
                continue;
            }
            md.append("| `%s` | %s | %s | %s | %s | %s | %d | %s | %s | %s |"
                    .formatted(
                            p.name(),
                            p.user(),
                            ms(p.latencies().percentile(50)),
                            ms(p.latencies().percentile(95)),
                            ms(p.latencies().percentile(99)),
                            ms(p.latencies().max()),
                            p.latencies().count(),
                            failures(p.errors(), p.failures()),
                            p.bytes() == 0 ? "—" : String.format(Locale.ROOT, "%.1f kB", p.bytes() / 1024.0),
                            p.casesListed() == null ? "—" : String.valueOf(p.casesListed())));
            md.append(
                    serverTiming
                            ? " %s |\n"
                                    .formatted(
                                            p.serverTiming().count() == 0
                                                    ? "not sent"
                                                    : ms(p.serverTiming().percentile(95)))
                            : "\n");
        }
        md.append("\n**What the pages showed.** The demo data `./platform start` loads, which `./platform bench` loads"
                + " too when it is missing: community gulou (鼓楼社区) with Ms Li's reception visit and its three"
                + " suggestions and Mr Yang's call, four cases, three roster members, a room and a grid; and whatever"
                + " else was recorded in gulou on this machine since. ");
        r.pages().stream()
                .filter(p -> p.measured() && p.casesListed() != null)
                .forEach(p -> md.append("`%s` counted %d %s. "
                        .formatted(p.name(), p.casesListed(), p.casesListed() == 1 ? "case" : "cases")));
        if (r.caseId() != null) {
            md.append("`%s` showed case `%s`, the first of the queue. "
                    .formatted(WorkbenchBenchmark.CASE_PAGE, r.caseId()));
        }
        md.append("The workbench renders each page on the server and calls the services it needs with the user's"
                + " token, the independent parts side by side (the queue: case-service's page of cases and its"
                + " reminders, and the roster's members for the names).\n\n");
    }

    private void footprint(StringBuilder md) {
        md.append("## 6. Footprint\n\n")
                .append("Start-up: each service started alone, Kafka and PostgreSQL already up, from the process"
                        + " start to `/q/health/ready` answering 200 (polled every 100 ms). Resident memory: VmRSS from"
                        + " `/proc/<pid>/status`, idle before the first benchmark, the peak sampled every 0.5 s during"
                        + " the benchmarks, and after them. JVM options, as `./platform` gave them: `")
                .append(System.getenv().getOrDefault("HUIKE_SERVICE_JAVA_OPTS", "not passed to the benchmark"))
                .append(
                        "`, with `MALLOC_ARENA_MAX=2`.\n\n| service | ready after | resident idle | peak under load | after load |\n")
                .append("|---|---|---|---|---|\n");
        for (Footprint.Service s : run.footprint()) {
            md.append("| %s | %s | %s | %s | %s |\n"
                    .formatted(
                            s.name(),
                            s.startupMillis() == null ? "not measured" : "%.1f s".formatted(s.startupMillis() / 1000.0),
                            mb(s.idleKb()),
                            mb(s.peakKb()),
                            mb(s.afterKb())));
        }
        nativeMemory(md);
        md.append("\nThe latency distributions: [latency chart](benchmarks/latency.html).\n");
    }

    private void nativeMemory(StringBuilder md) {
        md.append("\n**What resident memory is made of.** ");
        if (!run.nativeMemory().measured()) {
            md.append(notMeasured(run.nativeMemory()));
            return;
        }
        Footprint.NativeMemory n = run.nativeMemory().value();
        md.append(("%s runs with `-XX:NativeMemoryTracking=summary`; after the load `jcmd <pid> VM.native_memory"
                                + " summary` counts %s committed by the JVM, beside %s resident (committed memory not yet"
                                + " touched is not resident; memory the JVM does not track, such as the C library's own"
                                + " arenas, is resident but not counted).\n\n")
                        .formatted(n.service(), mb(n.committedKb()), mb(n.residentKb())))
                .append("| area | committed |\n|---|---|\n");
        n.committedKbByArea().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() >= 1024)
                .forEach(e -> md.append("| %s | %s |\n".formatted(e.getKey(), mb(e.getValue()))));
    }

    private static String failures(DashboardBenchmark.Timing t) {
        return failures(t.errors(), t.failures());
    }

    private static String failures(long errors, Map<String, Long> failures) {
        return errors == 0
                ? "0"
                : errors + " ("
                        + failures.entrySet().stream()
                                .map(f -> f.getValue() + "× " + f.getKey())
                                .collect(Collectors.joining(", "))
                        + ")";
    }

    private static boolean busy(String loadAverage, int cores) {
        try {
            return Double.parseDouble(loadAverage.split(" ")[0]) > cores;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String mb(Long kb) {
        return kb == null ? "not measured" : "%.0f MB".formatted(kb / 1024.0);
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String row(String name, String value) {
        return "| " + name + " | " + value + " |\n";
    }

    private static String notMeasured(Outcome<?> outcome) {
        return "Not measured: " + outcome.notMeasured() + "\n";
    }

    /** A short line for the console. */
    static String brief(Samples samples, long errors) {
        return String.format(
                Locale.ROOT,
                "p50=%s p95=%s p99=%s n=%d errors=%d",
                ms(samples.percentile(50)),
                ms(samples.percentile(95)),
                ms(samples.percentile(99)),
                samples.count(),
                errors);
    }

    static Double round(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 100) / 100.0;
    }

    /** An ordered JSON object from alternating names and values. */
    static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return json;
    }

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> json(String.valueOf(e.getKey())) + ":" + json(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Report::json).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> s.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return s.append('"').toString();
    }
}
