package io.huike.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Grows the district step by step through {@link DistrictLoad} (e.g. 200,000, then 2,000,000, then 10,000,000 cases)
 * and times the dashboard with {@link DashboardBenchmark} at each step. A step that would not fit the free disk or
 * the time left of the budget is skipped with the reason, and so are the larger ones after it. The district is
 * removed from reporting's database at the end.
 */
final class ScaleCurve {

    /**
     * Disk a case takes before any step measured it: its events on the topic plus reporting's rows and inbox, with
     * indexes, and a margin.
     */
    static final long ASSUMED_BYTES_PER_CASE = 8_000;

    private static final Duration CATCH_UP_BEFORE_REMOVAL = Duration.ofMinutes(30);

    /** One step: the dashboard at that many cases, or why the step was skipped or failed. */
    record Step(long cases, Outcome<DashboardBenchmark.Result> dashboard) {

        Map<String, Object> json() {
            Map<String, Object> json = Report.object("cases", cases);
            if (dashboard.measured()) {
                json.putAll(dashboard.value().json());
            } else {
                json.put("notMeasured", dashboard.notMeasured());
            }
            return json;
        }
    }

    /** The steps, smallest first, and how the district was removed. */
    record Result(List<Step> steps, String removal) implements Figures {

        @Override
        public Map<String, Object> json() {
            Map<String, Object> json = Report.object("removal", removal, "loadMethod", DistrictLoad.METHOD);
            json.put("steps", steps.stream().map(Step::json).toList());
            return json;
        }

        /** The largest step that was measured. */
        Outcome<DashboardBenchmark.Result> largest() {
            for (int i = steps.size() - 1; i >= 0; i--) {
                if (steps.get(i).dashboard().measured()) {
                    return steps.get(i).dashboard();
                }
            }
            return Outcome.skipped(steps.isEmpty() ? "no scale step was asked for" : "no scale step was measured");
        }
    }

    private final HttpClient http;
    private final Settings settings;

    ScaleCurve(HttpClient http, Settings settings) {
        this.http = http;
        this.settings = settings;
    }

    Result measure() throws Exception {
        long budgetEnds = System.nanoTime()
                + Duration.ofSeconds(settings.scaleBudgetSeconds()).toNanos();
        List<Step> steps = new ArrayList<>();
        try (DistrictData district = new DistrictData(settings);
                DistrictLoad load = new DistrictLoad(settings.kafkaBootstrap(), settings.districtCommunities())) {
            district.remove();
            long loaded = 0;
            double bytesPerCase = ASSUMED_BYTES_PER_CASE;
            double secondsPerCase = 0;
            double dashboardSeconds = 0;
            String stop = null;
            for (long cases : settings.scaleSteps()) {
                long added = cases - loaded;
                long free = freeBytes();
                double secondsLeft = (budgetEnds - System.nanoTime()) / 1e9;
                double secondsNeeded = added * secondsPerCase + dashboardSeconds;
                String skip = stop != null
                        ? stop
                        : added * bytesPerCase > free
                                ? "adding %,d cases needs about %,d MB of disk at %,.0f bytes a case%s; %,d MB free"
                                        .formatted(
                                                added,
                                                (long) (added * bytesPerCase) >> 20,
                                                bytesPerCase,
                                                loaded == 0 ? " (assumed)" : " (measured at the step before)",
                                                free >> 20)
                                : secondsNeeded > secondsLeft
                                        ? ("loading %,d more cases and timing the dashboard would take about %.0f s at"
                                                        + " the step before's pace; %.0f s of"
                                                        + " HUIKE_BENCH_SCALE_BUDGET_SECONDS=%d are left")
                                                .formatted(
                                                        added,
                                                        secondsNeeded,
                                                        secondsLeft,
                                                        settings.scaleBudgetSeconds())
                                        : null;
                if (skip != null) {
                    System.out.printf("==> Scale step %,d cases skipped: %s%n", cases, skip);
                    steps.add(new Step(cases, Outcome.skipped(skip)));
                    stop = stop != null ? stop : "a smaller step was not measured";
                    continue;
                }
                long loadUntil = (long) (Math.max(0, secondsLeft) * 1e9);
                Outcome<DashboardBenchmark.Result> dashboard = Outcome.of(
                        "Scale step: %d communities, %,d cases"
                                .formatted(settings.districtCommunities().size(), cases),
                        () -> {
                            DistrictLoad.Load step = load.growTo(cases, Duration.ofNanos(loadUntil));
                            System.out.printf(
                                    "    loaded %,d cases (%,d events) in %.0f s, %.0f events/s%n",
                                    step.cases(), step.events(), step.seconds(), step.eventsPerSecond());
                            return new DashboardBenchmark(http, settings)
                                    .measure(
                                            settings.dashboardRepetitions(),
                                            settings.districtCommunities().size(),
                                            cases,
                                            step);
                        });
                steps.add(new Step(cases, dashboard));
                if (!dashboard.measured()) {
                    stop = "a smaller step was not measured";
                    continue;
                }
                DistrictLoad.Load step = dashboard.value().load();
                long used = free - freeBytes();
                bytesPerCase = used > 0 ? Math.max(1, used) / (double) added * 1.2 : bytesPerCase;
                secondsPerCase = step.seconds() / added;
                dashboardSeconds = dashboard.value().timings().stream()
                                .mapToDouble(t ->
                                        t.latencies().count() * t.latencies().percentile(50))
                                .sum()
                        / 1000.0;
                loaded = cases;
            }
            // A step cut short leaves events reporting has yet to apply: removed before that, rows would come back.
            String removal = DistrictData.REMOVAL;
            try {
                load.awaitReporting(System.nanoTime() + CATCH_UP_BEFORE_REMOVAL.toNanos());
            } catch (IllegalStateException e) {
                removal += "; this time " + e.getMessage() + " before the removal, so part of the district stays";
            }
            district.remove();
            return new Result(steps, removal);
        }
    }

    private long freeBytes() throws IOException {
        return Files.getFileStore(settings.root()).getUsableSpace();
    }
}
