package io.huike.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Each service's start-up time (as {@code ./platform bench} timed it: process start to {@code /q/health/ready}
 * answering 200, one service at a time) and its resident memory (VmRSS): idle before any load, the peak sampled
 * every half second while the benchmarks run, and after them.
 */
final class Footprint implements AutoCloseable {

    static final List<String> SERVICES =
            List.of("case-service", "roster-service", "outreach-service", "reporting-service", "workbench");

    /** One service's figures; a figure not measured is null. */
    record Service(String name, Long startupMillis, Long idleKb, Long peakKb, Long afterKb) {}

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> startupMillis = new LinkedHashMap<>();
    private final Map<String, Long> idleKb = new LinkedHashMap<>();
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    Footprint(Settings settings) throws IOException {
        for (String service : SERVICES) {
            Path pidFile = settings.pidDir().resolve(service + ".pid");
            if (Files.exists(pidFile)) {
                pids.put(service, Long.parseLong(Files.readString(pidFile).strip()));
            }
        }
        // Lines "service pid milliseconds", written when the services were started fresh for this run.
        if (Files.exists(settings.startupFile())) {
            for (String line : Files.readAllLines(settings.startupFile())) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length == 3) {
                    startupMillis.put(fields[0], Long.parseLong(fields[2]));
                }
            }
        }
    }

    /** Reads the idle figures, then samples the peak until closed. */
    void start() {
        pids.forEach((service, pid) -> {
            Long rss = rssKb(pid);
            if (rss != null) {
                idleKb.put(service, rss);
            }
        });
        sampler.scheduleAtFixedRate(
                () -> pids.forEach((service, pid) -> {
                    Long rss = rssKb(pid);
                    if (rss != null) {
                        peakKb.merge(service, rss, Math::max);
                    }
                }),
                0,
                500,
                TimeUnit.MILLISECONDS);
    }

    List<Service> services() {
        return SERVICES.stream()
                .map(service -> new Service(
                        service,
                        startupMillis.get(service),
                        idleKb.get(service),
                        peakKb.get(service),
                        pids.containsKey(service) ? rssKb(pids.get(service)) : null))
                .toList();
    }

    static Long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
