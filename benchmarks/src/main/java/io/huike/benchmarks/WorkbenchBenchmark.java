package io.huike.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times every page of the workbench on the demo data, from the client over loopback, one request at a time: the
 * secretary (community admin, case handler, member on duty) signs in for the staff pages, the district supervisor for
 * {@code /district}, and the status page is opened and a lookup posted as a resident does, signed out. Each page gets
 * a warm-up, then the repetitions; every answer is read to its last byte and no redirect is followed. A page that
 * answers 404 is not built yet and is not measured; any other answer than the page's own is an error, counted by
 * status. Where the workbench sends {@code Server-Timing}, its total is kept beside the client's time.
 */
final class WorkbenchBenchmark {

    static final int WARMUP = 5;
    /**
     * Status lookups posted in all, one of them as the warm-up: the workbench allows 10 per client address in 10
     * minutes, so that two runs within ten minutes still stay under it.
     */
    static final int STATUS_LOOKUPS = 5;
    /** A page whose answers fail this many times in a row is not asked again. */
    static final int FAILURES_IN_A_ROW = 5;

    static final String SECRETARY = "secretary";
    static final String SUPERVISOR = "supervisor";
    /** Whoever opens the status page: nobody signed in. */
    static final String RESIDENT = "resident";

    static final String CASE_PAGE = "/cases/{id}";
    static final String LOOKUP = "POST /status (lookup, wrong number)";

    /** The staff pages the secretary opens, in order; those not built yet answer 404. */
    static final List<String> SECRETARY_PAGES =
            List.of("/", "/desk", "/cases", "/cases/mine", CASE_PAGE, "/roster", "/admin", "/outreach", "/paper-log");

    static final List<String> SUPERVISOR_PAGES = List.of("/district");

    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/([A-Za-z0-9-]{1,64})\"");
    private static final Pattern RESULT_COUNT =
            Pattern.compile("id=\"result-count\"[^>]*>[^<0-9]*([0-9][0-9,]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile(";\\s*dur\\s*=\\s*\"?([0-9]+(?:\\.[0-9]+)?)");

    /**
     * One page's timings; {@code notMeasured} says why a page was not timed. {@code serverTiming} holds the
     * {@code Server-Timing} totals of the timed answers that carried one.
     */
    record Page(
            String user,
            String name,
            String notMeasured,
            Samples latencies,
            Samples serverTiming,
            Map<String, Long> failures,
            int bytes,
            Integer casesListed) {

        static Page notMeasured(String user, String name, String reason) {
            return new Page(
                    user, name, reason, new Samples(new double[0]), new Samples(new double[0]), Map.of(), 0, null);
        }

        boolean measured() {
            return notMeasured == null;
        }

        long errors() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The server's own times where it sent them with every timed answer, else the client's. */
        Samples serverTime() {
            return serverTiming.count() > 0 && serverTiming.count() == latencies.count() ? serverTiming : latencies;
        }

        Map<String, Object> json() {
            Map<String, Object> json = Report.object("page", name, "user", user);
            if (!measured()) {
                json.put("notMeasured", notMeasured);
                return json;
            }
            json.putAll(latencies.summary());
            json.put("errors", errors());
            json.put("failures", failures);
            json.put("bytes", bytes);
            json.put("casesListed", casesListed);
            json.put("serverTiming", serverTiming.count() == 0 ? null : serverTiming.summary());
            return json;
        }
    }

    /** Every page's timings, with how they were taken. */
    record Result(int warmup, int repetitions, int statusLookups, String caseId, List<Page> pages) implements Figures {

        @Override
        public Map<String, Object> json() {
            Map<String, Object> json = Report.object(
                    "warmup", warmup,
                    "repetitions", repetitions,
                    "statusLookups", statusLookups,
                    "caseId", caseId);
            json.put("pages", pages.stream().map(Page::json).toList());
            return json;
        }

        List<Page> measured() {
            return pages.stream().filter(Page::measured).toList();
        }
    }

    /** One request of a page. */
    interface Request {
        WorkbenchSession.Answer send() throws IOException, InterruptedException;
    }

    private final HttpClient http;
    private final Settings settings;

    WorkbenchBenchmark(HttpClient http, Settings settings) {
        this.http = http;
        this.settings = settings;
    }

    Result measure(int repetitions) throws IOException, InterruptedException {
        ready();
        List<Page> pages = new ArrayList<>();
        String caseId = null;
        Optional<WorkbenchSession> secretary = signIn(SECRETARY, "/cases", SECRETARY_PAGES, pages);
        if (secretary.isPresent()) {
            WorkbenchSession session = secretary.get();
            for (String path : SECRETARY_PAGES) {
                if (!path.equals(CASE_PAGE)) {
                    pages.add(time(SECRETARY, "GET " + path, 200, WARMUP, repetitions, () -> session.get(path)));
                    continue;
                }
                try {
                    caseId = firstCaseId(session.get("/cases").text()).orElse(null);
                } catch (IOException e) {
                    pages.add(Page.notMeasured(SECRETARY, "GET " + CASE_PAGE, "the queue /cases: " + e));
                    continue;
                }
                if (caseId == null) {
                    pages.add(Page.notMeasured(SECRETARY, "GET " + CASE_PAGE, "the queue /cases listed no case"));
                    continue;
                }
                String id = caseId;
                pages.add(time(
                        SECRETARY, "GET " + CASE_PAGE, 200, WARMUP, repetitions, () -> session.get("/cases/" + id)));
            }
        }
        WorkbenchSession resident = WorkbenchSession.anonymous(settings.workbenchUrl());
        Page status = time(RESIDENT, "GET /status", 200, WARMUP, repetitions, () -> resident.get("/status"));
        pages.add(status);
        if (status.measured()) {
            pages.add(time(RESIDENT, LOOKUP, 404, 1, STATUS_LOOKUPS - 1, () -> lookUp(resident)));
        }
        Optional<WorkbenchSession> supervisor = signIn(SUPERVISOR, "/district", SUPERVISOR_PAGES, pages);
        if (supervisor.isPresent()) {
            for (String path : SUPERVISOR_PAGES) {
                pages.add(time(
                        SUPERVISOR,
                        "GET " + path,
                        200,
                        WARMUP,
                        repetitions,
                        () -> supervisor.get().get(path)));
            }
        }
        if (pages.stream().noneMatch(Page::measured)) {
            throw new IOException("no page was timed: " + pages.get(0).notMeasured());
        }
        return new Result(WARMUP, repetitions, STATUS_LOOKUPS, caseId, pages);
    }

    /** Signs a demo user in; when that fails, the user's pages are not measured, and say why. */
    private Optional<WorkbenchSession> signIn(String user, String page, List<String> paths, List<Page> pages)
            throws InterruptedException {
        try {
            WorkbenchSession session = WorkbenchSession.signIn(
                    settings.workbenchUrl(), settings.keycloakUrl(), user, settings.demoPassword(), page);
            System.out.printf("  signed in as %s%n", user);
            return Optional.of(session);
        } catch (IOException e) {
            String reason = "signing in as %s failed: %s".formatted(user, e.getMessage());
            System.out.println("  " + reason);
            paths.forEach(path -> pages.add(Page.notMeasured(user, "GET " + path, reason)));
            return Optional.empty();
        }
    }

    /**
     * A resident's lookup with a tracking number no case has: the status page is opened (not timed) for its form's
     * hidden fields (the CSRF token), then the form is posted with a new number each time, so that no number
     * collects failed lookups.
     */
    private WorkbenchSession.Answer lookUp(WorkbenchSession session) throws IOException, InterruptedException {
        WorkbenchSession.Answer form = session.get("/status");
        Map<String, String> fields = new LinkedHashMap<>(WorkbenchSession.hiddenFields(form.text(), "status-form"));
        fields.put(
                "number", "ZZ-1999-%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000)));
        fields.put("phoneLast4", "0000");
        return session.post("/status", fields);
    }

    /** Times one page: the warm-up, then the repetitions, or up to 60 s of them (at least 3). */
    static Page time(String user, String name, int expected, int warmup, int repetitions, Request request)
            throws InterruptedException {
        Map<String, Long> failures = new TreeMap<>();
        List<Long> micros = new ArrayList<>();
        List<Double> serverMillis = new ArrayList<>();
        boolean first = true;
        WorkbenchSession.Answer last = null;
        for (int i = 0; i < warmup; i++) {
            Optional<WorkbenchSession.Answer> answer = attempt(request, null);
            if (first && answer.isPresent() && notBuilt(answer.get(), expected)) {
                return notBuiltYet(user, name);
            }
            first = false;
        }
        long budgetEnds = System.nanoTime() + BUDGET_NANOS;
        int failuresInARow = 0;
        for (int i = 0;
                i < repetitions && (i < 3 || System.nanoTime() < budgetEnds) && failuresInARow < FAILURES_IN_A_ROW;
                i++) {
            Optional<WorkbenchSession.Answer> answer = attempt(request, failures);
            if (first && answer.isPresent() && notBuilt(answer.get(), expected)) {
                return notBuiltYet(user, name);
            }
            first = false;
            if (answer.isEmpty()) {
                failuresInARow++;
                continue;
            }
            WorkbenchSession.Answer a = answer.get();
            if (a.status() == expected) {
                micros.add(a.nanos() / 1000);
                serverTiming(a.headers()).ifPresent(serverMillis::add);
                last = a;
                failuresInARow = 0;
            } else {
                failures.merge("HTTP " + a.status(), 1L, Long::sum);
                failuresInARow++;
            }
        }
        Page page = new Page(
                user,
                name,
                null,
                Samples.ofMicros(micros),
                Samples.ofMillis(
                        serverMillis.stream().mapToDouble(Double::doubleValue).toArray()),
                failures,
                last == null ? 0 : last.body().length,
                last == null ? null : casesListed(last.text()).orElse(null));
        System.out.printf(
                "  %-40s %-10s %s %s%n",
                name, user, Report.brief(page.latencies(), page.errors()), failures.isEmpty() ? "" : failures);
        return page;
    }

    /** A 404 where the page's own answer is not one: the page is not built yet. */
    static boolean notBuilt(WorkbenchSession.Answer answer, int expected) {
        return answer.status() == 404 && expected != 404;
    }

    private static Page notBuiltYet(String user, String name) {
        System.out.printf("  %-40s %-10s not measured: 404, not built yet%n", name, user);
        return Page.notMeasured(user, name, "404, not built yet");
    }

    /** One request; a request that fails to complete is counted by kind when {@code failures} is given. */
    private static Optional<WorkbenchSession.Answer> attempt(Request request, Map<String, Long> failures)
            throws InterruptedException {
        try {
            return Optional.of(request.send());
        } catch (IOException e) {
            if (failures != null) {
                failures.merge(
                        e instanceof HttpTimeoutException
                                ? "timeout"
                                : e.getClass().getSimpleName(),
                        1L,
                        Long::sum);
            }
            return Optional.empty();
        }
    }

    /**
     * The server's own time from {@code Server-Timing} (all its fields together), in milliseconds: the metric named
     * {@code total} if there is one, else the longest (a total spans the others).
     */
    static OptionalDouble serverTiming(Map<String, List<String>> headers) {
        List<String> values = headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Server-Timing"))
                .flatMap(e -> e.getValue().stream())
                .toList();
        OptionalDouble longest = OptionalDouble.empty();
        for (String value : values) {
            for (String metric : value.split(",")) {
                Matcher duration = DURATION.matcher(metric);
                if (!duration.find()) {
                    continue;
                }
                double ms = Double.parseDouble(duration.group(1));
                String metricName = metric.split(";")[0].strip();
                if (metricName.equalsIgnoreCase("total")) {
                    return OptionalDouble.of(ms);
                }
                if (longest.isEmpty() || ms > longest.getAsDouble()) {
                    longest = OptionalDouble.of(ms);
                }
            }
        }
        return longest;
    }

    /** The first case a queue page links to, the list's before the reminders'; not {@code /cases/mine}. */
    static Optional<String> firstCaseId(String html) {
        int list = html.indexOf("id=\"case-list\"");
        Optional<String> inList = list < 0 ? Optional.empty() : caseLink(html.substring(list));
        return inList.isPresent() ? inList : caseLink(html);
    }

    private static Optional<String> caseLink(String html) {
        Matcher link = CASE_LINK.matcher(html);
        while (link.find()) {
            if (!link.group(1).equals("mine")) {
                return Optional.of(link.group(1));
            }
        }
        return Optional.empty();
    }

    /** How many cases a list page says it found ({@code result-count}), or nothing on other pages. */
    static Optional<Integer> casesListed(String html) {
        Matcher count = RESULT_COUNT.matcher(html);
        return count.find() ? Optional.of(Integer.parseInt(count.group(1).replace(",", ""))) : Optional.empty();
    }

    /** Whether the workbench is up, before any sign-in is tried. */
    private void ready() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.workbenchUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10))
                .build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IOException("the workbench does not answer on " + settings.workbenchUrl() + ": " + e, e);
        }
        if (status != 200) {
            throw new IOException("the workbench at %s is not ready (%d)".formatted(settings.workbenchUrl(), status));
        }
    }
}
