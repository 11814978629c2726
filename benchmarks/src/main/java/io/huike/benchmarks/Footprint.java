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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Each service's start-up time (as {@code ./platform bench} timed it: process start to {@code /q/health/ready}
 * answering 200, one service at a time) and its resident memory (VmRSS): idle before any load, the peak sampled
 * every half second while the benchmarks run, and after them.
 */
final class Footprint implements AutoCloseable {

    static final List<String> SERVICES =
            List.of("case-service", "roster-service", "outreach-service", "reporting-service", "workbench");

    /** The service whose JVM runs with Native Memory Tracking on, when bench started the services itself. */
    static final String TRACKED = "case-service";

    /** What Native Memory Tracking says one JVM's committed memory is made of, by area, and the process's RSS. */
    record NativeMemory(String service, long residentKb, long committedKb, Map<String, Long> committedKbByArea)
            implements Figures {

        @Override
        public Map<String, Object> json() {
            Map<String, Object> json =
                    Report.object("service", service, "residentKb", residentKb, "committedKb", committedKb);
            json.put("committedKbByArea", committedKbByArea);
            return json;
        }
    }

    private static final Pattern TOTAL = Pattern.compile("^Total: reserved=(\\d+)KB, committed=(\\d+)KB");
    private static final Pattern AREA = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)");

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

    /**
     * Asks the tracked service's JVM for its native memory summary ({@code jcmd <pid> VM.native_memory summary}); it
     * answers only when the JVM was started with {@code -XX:NativeMemoryTracking=summary}.
     */
    NativeMemory nativeMemory() throws IOException, InterruptedException {
        Long pid = pids.get(TRACKED);
        if (pid == null) {
            throw new IllegalStateException(TRACKED + " has no pid file");
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(
                        jcmd.toString(), String.valueOf(pid), "VM.native_memory", "summary", "scale=KB")
                .redirectErrorStream(true)
                .start();
        List<String> lines =
                new String(process.getInputStream().readAllBytes()).lines().toList();
        process.waitFor();
        Long rss = rssKb(pid);
        return parse(TRACKED, rss == null ? 0 : rss, lines);
    }

    /** Reads the total and each area's committed kilobytes from a summary in {@code scale=KB}. */
    static NativeMemory parse(String service, long residentKb, List<String> summary) {
        Long committed = null;
        Map<String, Long> areas = new LinkedHashMap<>();
        for (String line : summary) {
            Matcher total = TOTAL.matcher(line.strip());
            if (total.find()) {
                committed = Long.parseLong(total.group(2));
            }
            Matcher area = AREA.matcher(line.strip());
            if (area.find()) {
                areas.put(area.group(1).strip(), Long.parseLong(area.group(3)));
            }
        }
        if (committed == null) {
            throw new IllegalStateException("%s answered no summary: %s"
                    .formatted(service, summary.stream().limit(3).collect(Collectors.joining(" "))));
        }
        return new NativeMemory(service, residentKb, committed, areas);
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
