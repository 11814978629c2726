package io.huike.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.plumbing.personaldata.PersonalData;
import io.huike.plumbing.scoping.Roles;
import io.huike.testing.OpenApiDocument.Endpoint;
import io.huike.testing.TestTokens;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint of every service's OpenAPI document, called by whoever must not use it: without a valid token
 * (401), with a role the document does not list for it (403), with a token of another community (403 when the
 * request names that community, 404 for its records), none of them writing anything; and every read, by each role
 * that needs no residents' numbers, shows them masked.
 */
@ExtendWith(SweptPlatform.class)
// Before the input sweep, whose accepted requests change the seeded records this sweep reads.
@Order(Integer.MAX_VALUE - 1)
class AccessSweepIT {

    /**
     * Reads that take a roster member's id, which outreach does not own: it accepts ids the roster has not announced
     * yet, and answers any id with that member's progress in the named community (none, for another's member).
     */
    private static final Set<String> ANY_MEMBER_ID =
            Set.of("GET /communities/{community}/four-ones/members/{memberId}");

    private static SweepFixture fixture;

    @BeforeAll
    static void platform(SweepFixture sweepFixture) {
        fixture = sweepFixture;
    }

    @Test
    void callersWithoutAValidTokenOrWithARoleTheDocumentDoesNotListAreRefusedAndWriteNothing() {
        SweepReport report = new SweepReport("access-sweep-roles", "Access sweep: tokens and roles");
        String community = fixture.a.id;
        Map<String, String> invalidTokens = new LinkedHashMap<>();
        invalidTokens.put("no token", null);
        invalidTokens.put("expired token", TestTokens.expired(Roles.COMMUNITY_ADMIN, community));
        invalidTokens.put("token signed by another key", TestTokens.signedByStranger(Roles.COMMUNITY_ADMIN, community));
        withNothingWritten(
                report,
                () -> forEachEndpoint(report, (service, endpoint) -> {
                    String path = pathOrPlaceholder(service, endpoint, fixture.a);
                    invalidTokens.forEach((kind, token) -> expect(report, service, endpoint, path, kind, token, 401));
                    for (String role : SweepFixture.ROLES) {
                        if (!endpoint.roles().contains(role)) {
                            expect(report, service, endpoint, path, role, TestTokens.token(role, community), 403);
                        }
                    }
                }));
        report.write();
        assertThat(report.failures).isEmpty();
    }

    @Test
    void aTokenOfOneCommunityIsRefusedTheOtherCommunityAndFindsNoneOfItsRecords() {
        SweepReport report = new SweepReport("access-sweep-communities", "Access sweep: another community");
        String tokenOfA = SweepFixture.allRoles(fixture.a.id);
        withNothingWritten(
                report,
                () -> forEachEndpoint(report, (service, endpoint) -> {
                    if (endpoint.path().contains("{community}")) {
                        String pathOfB = fixture.path(service, endpoint, fixture.b);
                        if (pathOfB == null) {
                            report.fail(service + " " + endpoint + ": no seeded record of " + fixture.b.id);
                            return;
                        }
                        expect(report, service, endpoint, pathOfB, "names another community", tokenOfA, 403);
                        if (fixture.namesRecords(endpoint) && !ANY_MEMBER_ID.contains(endpoint.toString())) {
                            String recordsOfBInA =
                                    pathOfB.replaceFirst("/" + fixture.b.id + "(/|$)", "/" + fixture.a.id + "$1");
                            expect(
                                    report,
                                    service,
                                    endpoint,
                                    recordsOfBInA,
                                    "another community's record",
                                    tokenOfA,
                                    404);
                        }
                    } else if (endpoint.method().equals("GET")
                            && endpoint.parameters("query").contains("community")) {
                        String path = fixture.path(service, endpoint, fixture.a) + "?community=" + fixture.b.id;
                        expect(report, service, endpoint, path, "asks for another community", tokenOfA, 403);
                    }
                }));
        report.write();
        assertThat(report.failures).isEmpty();
    }

    @Test
    void everyReadShowsResidentsNumbersMaskedToRolesThatDoNotNeedThem() {
        SweepReport report = new SweepReport("access-sweep-personal-data", "Access sweep: personal data masking");
        Set<String> seenInFull = new LinkedHashSet<>();
        Set<String> personalNumbers = new LinkedHashSet<>(fixture.a.personalNumbers);
        personalNumbers.addAll(fixture.b.personalNumbers);
        forEachEndpoint(report, (service, endpoint) -> {
            String path = fixture.path(service, endpoint, fixture.a);
            if (!endpoint.method().equals("GET") || endpoint.streams() || path == null) {
                return;
            }
            for (String role : endpoint.roles()) {
                Api.Answer answer = fixture.api.get(service, path, TestTokens.token(role, fixture.a.id));
                report.count(endpoint.toString(), role, answer.status());
                for (String number : personalNumbers) {
                    if (!answer.body().contains(number)) {
                        continue;
                    }
                    if (PersonalData.UNMASKED_ROLES.contains(role)) {
                        seenInFull.add(number);
                    } else {
                        report.fail(service + " " + endpoint + " shows " + number + " in full to " + role);
                    }
                }
            }
        });
        report.note("numbers of " + fixture.a.id + " seen in full by roles that need them: " + seenInFull.size()
                + " of " + fixture.a.personalNumbers.size() + " (" + fixture.a.readableInFull.size()
                + " on records read in full by id)");
        report.write();
        assertThat(report.failures).isEmpty();
        // The reads above reached each kind of record that holds numbers, so the masking check had material.
        assertThat(seenInFull).containsAll(fixture.a.readableInFull);
    }

    private interface EndpointCheck {
        void check(String service, Endpoint endpoint);
    }

    private static void forEachEndpoint(SweepReport report, EndpointCheck check) {
        fixture.documents.forEach((service, document) -> {
            for (Endpoint endpoint : document.endpoints()) {
                if (endpoint.secured()) {
                    check.check(service, endpoint);
                } else {
                    report.note(service + " " + endpoint + " is public");
                }
            }
        });
    }

    private static void expect(
            SweepReport report,
            String service,
            Endpoint endpoint,
            String path,
            String caller,
            String token,
            int status) {
        String body = endpoint.bodySchema().isMissingNode()
                ? null
                : fixture.validBody(endpoint, fixture.a).toString();
        Api.Answer answer = fixture.api.send(service, endpoint.method(), path, token, body, headers(endpoint));
        report.count(endpoint.toString(), caller, answer.status());
        if (answer.status() != status || !answer.isProblemDetail()) {
            report.fail(service + " " + endpoint.method() + " " + path + " (" + caller + "): expected " + status
                    + ", got " + answer);
        }
    }

    /** Headers a write needs to get past its own checks; the version named is irrelevant to who may call. */
    private static Map<String, String> headers(Endpoint endpoint) {
        Map<String, String> headers = new HashMap<>();
        if (endpoint.parameters("header").contains("If-Match")) {
            headers.put("If-Match", "\"1\"");
        }
        if (endpoint.parameters("header").contains("Idempotency-Key")) {
            headers.put("Idempotency-Key", "access-sweep");
        }
        return headers;
    }

    /** A path of real records where there is one; who may call does not depend on it. */
    private static String pathOrPlaceholder(String service, Endpoint endpoint, SweepFixture.Community community) {
        String path = fixture.path(service, endpoint, community);
        return path != null ? path : endpoint.path().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
    }

    private static void withNothingWritten(SweepReport report, Runnable sweep) {
        Map<String, Map<String, String>> before = new HashMap<>();
        for (String service : Platform.SERVICES) {
            before.put(service, DatabaseFingerprint.settled(fixture.platform, service));
        }
        sweep.run();
        for (String service : Platform.SERVICES) {
            List<String> changed = DatabaseFingerprint.changedTables(
                    before.get(service), DatabaseFingerprint.of(fixture.platform, service));
            if (!changed.isEmpty()) {
                report.fail(service + ": refused requests changed " + changed);
            }
        }
    }
}
