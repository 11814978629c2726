package io.huike.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.huike.system.BodyProbes.Probe;
import io.huike.testing.OpenApiDocument.Endpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every POST, PUT and PATCH of every service's OpenAPI document, sent bodies derived from its schema, on real
 * records of a seeded community: what breaks the schema is refused with a problem detail and writes nothing; what
 * fits it, however unusual, is stored as sent or refused with a problem detail, and never fails the service.
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
        staff = SweepFixture.allRoles(fixture.a.id);
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
            Map<String, String> headers = headers(service, endpoint, path);
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
    void unusualTextThatFitsTheSchemaIsStoredAsSentOrRefusedWithAProblem() {
        SweepReport report = new SweepReport("input-sweep-unusual", "Input sweep: unusual values that fit the schema");
        forEachWrite(report, (service, endpoint, path, probes) -> {
            for (Probe probe : probes) {
                if (probe.bad()) {
                    continue;
                }
                Api.Answer answer = fixture.api.send(
                        service, endpoint.method(), path, staff, probe.body(), headers(service, endpoint, path));
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

    /** The record's current ETag where the endpoint needs If-Match, a fresh Idempotency-Key where it takes one. */
    private static Map<String, String> headers(String service, Endpoint endpoint, String path) {
        Map<String, String> headers = new HashMap<>();
        List<String> declared = endpoint.parameters("header");
        if (declared.contains("If-Match")) {
            headers.put("If-Match", etag(service, path));
        }
        if (declared.contains("Idempotency-Key")) {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        return headers;
    }

    /** The ETag of the record the path acts on: the nearest enclosing path that answers a read with one. */
    private static String etag(String service, String path) {
        for (String record = path; record.lastIndexOf('/') > 0; record = record.substring(0, record.lastIndexOf('/'))) {
            String etag = fixture.api
                    .get(service, record, SweepFixture.reader(fixture.a.id))
                    .etag();
            if (etag != null) {
                return etag;
            }
        }
        throw new AssertionError("No ETag for " + path + " at " + service);
    }
}
