package io.huike.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.huike.system.BodyProbes.Probe;
import io.huike.testing.OpenApiDocument;
import io.huike.testing.OpenApiDocument.Endpoint;
import io.huike.testing.OpenApiDocument.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every POST, PUT and PATCH of every service's OpenAPI document, sent bodies derived from its schema, on real
 * records of a seeded community: what breaks the schema is refused with a problem detail and writes nothing; what
 * fits it, however unusual, is stored as sent or refused with a problem detail, and never fails the service. Every
 * path and query parameter of every operation, sent values it must not take (see {@link ParameterProbes}), is
 * refused with a problem detail and writes nothing. Last, every status the system tests of the run met is checked
 * against the operation's document.
 */
@ExtendWith(SweptPlatform.class)
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InputSweepIT {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    private static SweepFixture fixture;
    private static String staff;

    @BeforeAll
    static void platform(SweepFixture sweepFixture) {
        fixture = sweepFixture;
        staff = fixture.allRoles(fixture.a.id);
    }

    @Test
    @Order(1)
    void bodiesThatBreakTheSchemaAreRefusedWithAProblemAndWriteNothing() {
        SweepReport report = new SweepReport("input-sweep", "Bad-input sweep: bodies that break the schema");
        for (String service : Platform.SERVICES) {
            DatabaseFingerprint.settled(fixture.platform, service);
        }
        forEachWrite(report, (service, endpoint, path, probes) -> {
            Map<String, String> before = DatabaseFingerprint.of(fixture.platform, service);
            Map<String, String> headers = fixture.writeHeaders(service, endpoint, path);
            for (Probe probe : probes) {
                if (!probe.bad()) {
                    continue;
                }
                Api.Answer answer = fixture.api.send(service, endpoint.method(), path, staff, probe.body(), headers);
                report.count(endpoint.toString(), probe.kind(), answer.status());
                if (answer.status() / 100 != 4 || !answer.isProblemDetail()) {
                    report.fail(
                            service + " " + endpoint + " " + probe.kind() + " at " + probe.pointer() + ": " + answer);
                }
            }
            List<String> changed =
                    DatabaseFingerprint.changedTables(before, DatabaseFingerprint.of(fixture.platform, service));
            if (!changed.isEmpty()) {
                report.fail(service + " " + endpoint + ": bad bodies changed " + changed);
            }
        });
        report.write();
        assertThat(report.failures).isEmpty();
    }

    @Test
    @Order(2)
    void badPathAndQueryParametersAreRefusedWithAProblemAndWriteNothing() {
        SweepReport report = new SweepReport("input-sweep-parameters", "Input sweep: path and query parameters");
        int parameters = 0;
        for (String service : Platform.SERVICES) {
            DatabaseFingerprint.settled(fixture.platform, service);
        }
        for (Map.Entry<String, OpenApiDocument> document : fixture.documents.entrySet()) {
            String service = document.getKey();
            List<Endpoint> endpoints = document.getValue().endpoints().stream()
                    .filter(endpoint -> !endpoint.pathAndQueryParameters().isEmpty())
                    .toList();
            // Reads first, with one fingerprint around them all: a read that succeeds may only add audit rows.
            Map<String, String> beforeReads = DatabaseFingerprint.of(fixture.platform, service);
            for (Endpoint endpoint : endpoints) {
                if (endpoint.method().equals("GET")) {
                    parameters += sweepParameters(report, service, endpoint);
                }
            }
            List<String> changedByReads =
                    DatabaseFingerprint.changedTables(beforeReads, DatabaseFingerprint.of(fixture.platform, service));
            changedByReads.remove("personal_data_read");
            if (!changedByReads.isEmpty()) {
                report.fail(service + ": reads with bad parameters changed " + changedByReads);
            }
            for (Endpoint endpoint : endpoints) {
                if (!endpoint.method().equals("GET")) {
                    Map<String, String> before = DatabaseFingerprint.of(fixture.platform, service);
                    parameters += sweepParameters(report, service, endpoint);
                    List<String> changed = DatabaseFingerprint.changedTables(
                            before, DatabaseFingerprint.of(fixture.platform, service));
                    if (!changed.isEmpty()) {
                        report.fail(service + " " + endpoint + ": bad parameters changed " + changed);
                    }
                }
            }
        }
        report.figure("parameters swept", parameters);
        report.write();
        assertThat(report.failures).isEmpty();
    }

    /** Sends each probe of each path and query parameter, the others valid; returns the parameters swept. */
    private static int sweepParameters(SweepReport report, String service, Endpoint endpoint) {
        String path = fixture.path(service, endpoint, fixture.a);
        if (path == null) {
            report.note(service + " " + endpoint + ": no seeded value for its path, its parameters not swept");
            return 0;
        }
        Map<String, String> values = pathValues(endpoint.path(), path);
        for (Parameter parameter : endpoint.pathAndQueryParameters()) {
            if (parameter.in().equals("query") && parameter.required()) {
                values.put(
                        "?" + parameter.name(),
                        ParameterProbes.encode(ParameterProbes.validValue(parameter, fixture.a)));
            }
        }
        String body = endpoint.bodySchema().isMissingNode()
                ? null
                : fixture.validBody(endpoint, fixture.a).toString();
        Map<String, String> headers;
        try {
            headers = endpoint.method().equals("GET") ? Map.of() : fixture.writeHeaders(service, endpoint, path);
        } catch (AssertionError e) {
            report.fail(service + " " + endpoint + ": " + e.getMessage());
            return 0;
        }
        int swept = 0;
        for (Parameter parameter : endpoint.pathAndQueryParameters()) {
            String key = (parameter.in().equals("query") ? "?" : "") + parameter.name();
            String valid = parameter.in().equals("path")
                    ? java.net.URLDecoder.decode(values.get(key), java.nio.charset.StandardCharsets.UTF_8)
                    : ParameterProbes.validValue(parameter, fixture.a);
            ParameterProbes.Kind kind = ParameterProbes.kindOf(
                    parameter, parameter.in().equals("path") ? valid : ParameterProbes.known(parameter, fixture.a));
            swept++;
            for (ParameterProbes.Probe probe : ParameterProbes.of(parameter, kind, valid)) {
                if (endpoint.streams() && !probe.bad()) {
                    // An accepted stream stays open: only values it must refuse are sent.
                    continue;
                }
                Map<String, String> probed = new LinkedHashMap<>(values);
                probed.put(key, probe.value());
                Map<String, String> fresh = new HashMap<>(headers);
                fresh.computeIfPresent(
                        "Idempotency-Key", (name, old) -> UUID.randomUUID().toString());
                String where = service + " " + endpoint + " " + parameter.in() + " parameter " + parameter.name() + " ("
                        + probe.kind() + "): ";
                Api.Answer answer;
                try {
                    answer = fixture.api.send(service, endpoint.method(), url(endpoint, probed), staff, body, fresh);
                } catch (IllegalStateException e) {
                    report.count(endpoint.toString(), probe.kind(), 0);
                    report.fail(where + "no answer: " + e.getCause());
                    continue;
                }
                report.count(endpoint.toString(), probe.kind(), answer.status());
                boolean refused = answer.status() / 100 == 4 && answer.isProblemDetail();
                if (probe.bad() ? !refused : answer.status() >= 500 || (answer.status() >= 400 && !refused)) {
                    report.fail(where + answer);
                } else if (probe.bad() && mustNameTheParameter(parameter, kind, probe) && !namesIt(answer, parameter)) {
                    report.fail(where + "expected 400 naming " + parameter.name() + " (or 422), got " + answer);
                }
            }
            for (String malformed : NO_URI) {
                Map<String, String> probed = new LinkedHashMap<>(values);
                probed.put(key, malformed);
                Map<String, String> fresh = new HashMap<>(headers);
                fresh.computeIfPresent(
                        "Idempotency-Key", (name, old) -> UUID.randomUUID().toString());
                String where = service + " " + endpoint + " " + parameter.in() + " parameter " + parameter.name()
                        + " (not a URI: " + malformed + "): ";
                Api.Answer answer;
                try {
                    answer = fixture.api.sendRaw(service, endpoint.method(), url(endpoint, probed), staff, body, fresh);
                } catch (IllegalStateException e) {
                    report.count(endpoint.toString(), "not a URI", 0);
                    report.fail(where + "no answer: " + e.getCause());
                    continue;
                }
                report.count(endpoint.toString(), "not a URI", answer.status());
                String part = parameter.in().equals("path") ? "path" : "query";
                if (answer.status() != 400 || !answer.isProblemDetail() || !namesField(answer, part)) {
                    report.fail(where + "expected 400 naming " + part + ", got " + answer);
                }
            }
        }
        return swept;
    }

    /** Values that make the request target no URI: sent raw, as no HTTP client would send them. */
    private static final List<String> NO_URI = List.of("%zz", "a%4", "%", "a\"b", "a<b>");

    private static boolean namesField(Api.Answer answer, String field) {
        for (JsonNode error : answer.json().path("errors")) {
            if (field.equals(error.path("field").asText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value of the wrong type for a typed parameter, or any bad value of a typed query parameter, is wrong whatever
     * records exist: it is refused as bad input naming the parameter, not as a record not found.
     */
    private static boolean mustNameTheParameter(
            Parameter parameter, ParameterProbes.Kind kind, ParameterProbes.Probe probe) {
        return kind != ParameterProbes.Kind.TEXT
                && (parameter.in().equals("query") || probe.kind().startsWith("word for"));
    }

    /** 400 naming the parameter among the fields at fault or in its detail; 422 (a value the service cannot serve) and 414 pass. */
    private static boolean namesIt(Api.Answer answer, Parameter parameter) {
        if (answer.status() == 422 || answer.status() == 414) {
            return true;
        }
        JsonNode problem = answer.json();
        boolean named = problem.path("detail").asText().contains(parameter.name());
        for (JsonNode error : problem.path("errors")) {
            named |= parameter.name().equals(error.path("field").asText());
        }
        return answer.status() == 400 && named;
    }

    /** The value of each path parameter in the path: the template's parameters matched against it. */
    private static Map<String, String> pathValues(String template, String path) {
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("((?=\\{)|(?<=}))")) {
            if (part.startsWith("{")) {
                names.add(part.substring(1, part.length() - 1));
                regex.append("([^/]+?)");
            } else {
                regex.append(Pattern.quote(part));
            }
        }
        Matcher matcher = Pattern.compile(regex.toString()).matcher(path);
        if (!matcher.matches()) {
            throw new IllegalStateException(path + " does not match " + template);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), matcher.group(i + 1));
        }
        return values;
    }

    /** The endpoint's path with the path values, then the query values (keys starting with '?'). */
    private static String url(Endpoint endpoint, Map<String, String> values) {
        String path = endpoint.path();
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (value.getKey().startsWith("?")) {
                query.append(query.length() == 0 ? '?' : '&')
                        .append(value.getKey().substring(1))
                        .append('=')
                        .append(value.getValue());
            } else {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
        }
        return path + query;
    }

    @Test
    @Order(3)
    void unusualTextThatFitsTheSchemaIsStoredAsSentOrRefusedWithAProblem() {
        SweepReport report = new SweepReport("input-sweep-unusual", "Input sweep: unusual values that fit the schema");
        forEachWrite(report, (service, endpoint, path, probes) -> {
            for (Probe probe : probes) {
                if (probe.bad()) {
                    continue;
                }
                Api.Answer answer = fixture.api.send(
                        service,
                        endpoint.method(),
                        path,
                        staff,
                        probe.body(),
                        fixture.writeHeaders(service, endpoint, path));
                report.count(endpoint.toString(), probe.kind(), answer.status());
                String where = service + " " + endpoint + " " + probe.kind() + " at " + probe.pointer() + ": ";
                if (answer.status() >= 500 || (answer.status() >= 400 && !answer.isProblemDetail())) {
                    report.fail(where + answer);
                } else if (answer.status() / 100 == 2 && !echoedAsSent(answer.json(), probe)) {
                    report.fail(where + "answered " + answer.json().at(probe.pointer()) + " for "
                            + abbreviate(probe.value()));
                }
            }
        });
        report.write();
        assertThat(report.failures).isEmpty();
    }

    /**
     * Every status the system tests of this run met on an operation (this sweep's, the access sweep's and the case
     * flow's, when they ran in the same JVM) is one its OpenAPI document lists for that operation.
     */
    @Test
    @Order(4)
    void everyStatusTheSystemTestsMetIsDocumentedOnItsOperation() {
        SweepReport report = new SweepReport("documented-statuses", "Contract: every status met is documented");
        Set<String> outside = new TreeSet<>();
        List<ObservedStatuses.Pair> met = ObservedStatuses.met(fixture.documents, outside);
        for (ObservedStatuses.Pair pair : met) {
            report.count(
                    pair.service() + " " + pair.endpoint(),
                    pair.documented() ? "documented" : "undocumented",
                    pair.status());
            if (!pair.documented()) {
                report.fail(pair.toString());
            }
        }
        report.figure("operation and status pairs met", met.size());
        // Reads of enclosing paths for an ETag, and the health and document endpoints, are no operations.
        report.figure("requests to paths that are no operation", outside.size());
        report.write();
        assertThat(report.failures).isEmpty();
    }

    /** Where the answer shows the field, it shows it as sent; blank text may legitimately be replaced by a default. */
    private static boolean echoedAsSent(JsonNode answer, Probe probe) {
        JsonNode echoed = answer.at(probe.pointer());
        return !probe.value().isTextual()
                || probe.value().asText().isBlank()
                || !echoed.isTextual()
                || echoed.asText().equals(probe.value().asText());
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private interface WriteSweep {
        void sweep(String service, Endpoint endpoint, String path, List<Probe> probes);
    }

    private static void forEachWrite(SweepReport report, WriteSweep sweep) {
        fixture.documents.forEach((service, document) -> {
            for (Endpoint endpoint : document.endpoints()) {
                if (!WRITES.contains(endpoint.method())) {
                    continue;
                }
                String path = fixture.path(service, endpoint, fixture.a);
                if (endpoint.bodySchema().isMissingNode()) {
                    report.note(service + " " + endpoint + " takes no body");
                } else if (path == null) {
                    report.fail(service + " " + endpoint + ": no seeded record for its path");
                } else {
                    sweep.sweep(
                            service,
                            endpoint,
                            path,
                            BodyProbes.of(document, endpoint, fixture.validBody(endpoint, fixture.a)));
                }
            }
        });
    }
}
