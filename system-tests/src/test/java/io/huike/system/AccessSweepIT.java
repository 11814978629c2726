package io.huike.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huike.kernel.personaldata.PersonalData;
import io.huike.kernel.roles.Roles;
import io.huike.testing.OpenApiDocument;
import io.huike.testing.OpenApiDocument.Endpoint;
import io.huike.testing.TestTokens;
import java.util.ArrayList;
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
 * request names that community, 404 for its records), none of them writing anything; every write whose body names
 * a record of the other community (a member, room, shift, household... by a field ending in Id or Ids) is refused
 * with 404 or 422 naming that field and writes nothing; and every read, by each role
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

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

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
        // Well formed, current and with the right claims, but from the service tests' key, not Keycloak's.
        invalidTokens.put("token not issued by Keycloak", TestTokens.token(Roles.COMMUNITY_ADMIN, community));
        withNothingWritten(
                report,
                () -> forEachEndpoint(report, (service, endpoint) -> {
                    String path = pathOrPlaceholder(service, endpoint, fixture.a);
                    invalidTokens.forEach((kind, token) -> expect(report, service, endpoint, path, kind, token, 401));
                    for (String role : SweepFixture.ROLES) {
                        if (!endpoint.roles().contains(role)) {
                            expect(report, service, endpoint, path, role, fixture.platform.token(role, community), 403);
                        }
                    }
                }));
        report.write();
        assertThat(report.failures).isEmpty();
    }

    @Test
    void aTokenOfOneCommunityIsRefusedTheOtherCommunityAndFindsNoneOfItsRecords() {
        SweepReport report = new SweepReport("access-sweep-communities", "Access sweep: another community");
        String tokenOfA = fixture.allRoles(fixture.a.id);
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
    void aBodyThatReferencesAnotherCommunitysRecordIsRefusedNamingTheFieldAndWritesNothing() {
        SweepReport report =
                new SweepReport("access-sweep-references", "Access sweep: references to another community's records");
        String staff = fixture.allRoles(fixture.a.id);
        int references = 0;
        for (String service : Platform.SERVICES) {
            DatabaseFingerprint.settled(fixture.platform, service);
        }
        for (Map.Entry<String, OpenApiDocument> document : fixture.documents.entrySet()) {
            String service = document.getKey();
            for (Endpoint endpoint : document.getValue().endpoints()) {
                if (!WRITES.contains(endpoint.method()) || endpoint.bodySchema().isMissingNode()) {
                    continue;
                }
                List<String> pointers = new ArrayList<>();
                referenceFields(document.getValue(), endpoint.bodySchema(), "", pointers);
                String path = fixture.path(service, endpoint, fixture.a);
                if (pointers.isEmpty()) {
                    continue;
                }
                if (path == null) {
                    report.fail(service + " " + endpoint + ": no seeded record for its path");
                    continue;
                }
                for (String pointer : pointers) {
                    String field = pointer.substring(pointer.lastIndexOf('/') + 1);
                    String ofA = reference(fixture.a, field);
                    String ofB = reference(fixture.b, field);
                    if (ofB == null || ofB.equals(ofA)) {
                        report.note(service + " " + endpoint + " " + pointer + ": "
                                + (ofB == null ? "no seeded record to name" : "both communities use " + ofB));
                        continue;
                    }
                    ObjectNode body = fixture.validBody(endpoint, fixture.a);
                    for (String other : pointers) {
                        String own = reference(fixture.a, other.substring(other.lastIndexOf('/') + 1));
                        if (own != null && !other.equals(pointer)) {
                            put(body, other, own, false);
                        }
                    }
                    if (!put(body, pointer, ofB, true)) {
                        report.note(service + " " + endpoint + " " + pointer + ": its object is not in the example");
                        continue;
                    }
                    Map<String, String> headers;
                    try {
                        headers = fixture.writeHeaders(service, endpoint, path);
                    } catch (AssertionError e) {
                        report.fail(service + " " + endpoint + ": " + e.getMessage());
                        continue;
                    }
                    references++;
                    Map<String, String> before = DatabaseFingerprint.of(fixture.platform, service);
                    Api.Answer answer =
                            fixture.api.send(service, endpoint.method(), path, staff, body.toString(), headers);
                    report.count(endpoint.toString(), field, answer.status());
                    String where = service + " " + endpoint + " with " + fixture.b.id + "'s " + field + " at " + pointer
                            + ": ";
                    boolean namesField = answer.body().contains(field);
                    if (answer.status() / 100 == 4
                            && answer.isProblemDetail()
                            && !namesField
                            && !answer.body().contains(ofB)) {
                        // Refused for the record's state or another field of the example: the reference was not
                        // reached.
                        report.note(where + "refused before the reference was looked at: " + answer.status() + " "
                                + answer.json().path("detail").asText());
                    } else if ((answer.status() != 404 && answer.status() != 422) || !answer.isProblemDetail()) {
                        report.fail(where + "expected 404 or 422, got " + answer);
                    } else if (!namesField) {
                        report.fail(where + "the problem does not name " + field + ": " + answer);
                    }
                    List<String> changed = DatabaseFingerprint.changedTables(
                            before, DatabaseFingerprint.of(fixture.platform, service));
                    if (!changed.isEmpty()) {
                        report.fail(where + "changed " + changed);
                    }
                }
            }
        }
        report.figure("references sent", references);
        report.write();
        assertThat(report.failures).isEmpty();
    }

    /** JSON pointers of the fields that name another record: a name ending in Id or Ids, holding text or a list of it. */
    private static void referenceFields(OpenApiDocument document, JsonNode schema, String pointer, List<String> found) {
        JsonNode resolved = document.resolve(schema);
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            resolved.path(combinator).forEach(part -> referenceFields(document, part, pointer, found));
        }
        resolved.path("properties").fields().forEachRemaining(property -> {
            String at = pointer + "/" + property.getKey();
            JsonNode value = document.resolve(property.getValue());
            if (property.getKey().matches("[a-z][A-Za-z]*Ids?") && holdsText(document, value)) {
                found.add(at);
            } else {
                referenceFields(document, value, at, found);
            }
        });
        if (resolved.has("items")) {
            referenceFields(document, resolved.path("items"), pointer + "/0", found);
        }
    }

    private static boolean holdsText(OpenApiDocument document, JsonNode schema) {
        String type = schema.path("type").toString();
        if (type.contains("array")) {
            return holdsText(document, document.resolve(schema.path("items")));
        }
        return type.contains("string");
    }

    /** The community's record a reference field names, by the field's name; null when the fixture seeded none. */
    private static String reference(SweepFixture.Community community, String field) {
        String name = field.endsWith("Ids") ? field.substring(0, field.length() - 1) : field;
        String seeded = community.ids.get(name);
        if (seeded != null) {
            return seeded;
        }
        return switch (name) {
            case "fromMemberId" -> community.ids.get("memberId");
            case "counterShiftId" -> community.ids.get("shiftId");
            case "caseId" -> community.ids.get("cases/{id}");
            case "pairingId" -> community.ids.get("pairings/{pairingId}");
            case "communityId" -> community.id;
            case "gridId" -> "grid-1";
            default -> null;
        };
    }

    /** Sets the field at the pointer (a list of one for a list); false when its object is not in the body. */
    private static boolean put(ObjectNode body, String pointer, String id, boolean addIfAbsent) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = body.at(at.head());
        String field = at.last().getMatchingProperty();
        if (!(parent instanceof ObjectNode object) || (!addIfAbsent && !object.has(field))) {
            return false;
        }
        if (field.endsWith("Ids") || object.path(field).isArray()) {
            object.set(field, Api.JSON.createArrayNode().add(id));
        } else {
            object.put(field, id);
        }
        return true;
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
                Api.Answer answer = fixture.api.get(service, path, fixture.platform.token(role, fixture.a.id));
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
