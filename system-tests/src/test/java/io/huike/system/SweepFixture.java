package io.huike.system;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huike.kernel.roles.Roles;
import io.huike.testing.OpenApiDocument;
import io.huike.testing.OpenApiDocument.Endpoint;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running platform with the OpenAPI document of each service and two communities, {@code sweep-a} and
 * {@code sweep-b}, each holding one record of every kind (members, a room and its roster, a household and its
 * pairing, cases, visits, campaigns...), so that every path of every document can be filled with real ids of
 * either community.
 */
final class SweepFixture implements AutoCloseable {

    static final Set<String> ROLES = Set.of(
            Roles.DUTY_MEMBER,
            Roles.CASE_HANDLER,
            Roles.COMMUNITY_ADMIN,
            Roles.DISTRICT_SUPERVISOR,
            Roles.INTEGRATION_CLIENT);

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final ZoneId COMMUNITIES_ZONE = ZoneId.of("Asia/Shanghai");

    final Platform platform;
    final Api api;
    private final com.sun.net.httpserver.HttpServer webhookReceiver;
    final Map<String, OpenApiDocument> documents = new LinkedHashMap<>();
    final Community a;
    final Community b;

    /** One seeded community: its id and the ids of its records, by the path segment or field that names them. */
    static final class Community {
        final String id;
        final Map<String, String> ids = new HashMap<>();
        /** Every phone and ID number seeded in the community, in full: none may reach a role that sees them masked. */
        final Set<String> personalNumbers = new LinkedHashSet<>();
        /** Those of them on records whose detail a role that needs them reads in full. */
        final Set<String> readableInFull = new LinkedHashSet<>();

        Community(String id) {
            this.id = id;
        }
    }

    private SweepFixture(Platform platform) throws java.io.IOException {
        this.platform = platform;
        this.api = new Api(platform);
        this.webhookReceiver = acceptingEveryDelivery();
        for (String service : Platform.SERVICES) {
            documents.put(
                    service,
                    OpenApiDocument.parse(withoutGeoReport(
                            api.get(service, "/q/openapi?format=json", null).body())));
        }
        a = seed("sweep-a", 1);
        b = seed("sweep-b", 2);
    }

    /**
     * The document without Open311's GeoReport paths. They follow GeoReport v2 instead of the platform's own rules —
     * an api_key instead of a bearer token, GeoReport's error list instead of a problem detail, form-encoded bodies —
     * so the sweeps' checks do not apply to them; case-service's Open311Test sends them bad input, wrong and revoked
     * keys and another community's jurisdiction against PostgreSQL, and checks that nothing is written or shown.
     */
    private static String withoutGeoReport(String document) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode parsed =
                    (com.fasterxml.jackson.databind.node.ObjectNode) Api.JSON.readTree(document);
            ((com.fasterxml.jackson.databind.node.ObjectNode) parsed.path("paths"))
                    .properties()
                    .removeIf(path -> path.getKey().startsWith("/open311/"));
            return Api.JSON.writeValueAsString(parsed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static SweepFixture start() throws Exception {
        Platform platform = new Platform();
        try {
            platform.start();
            return new SweepFixture(platform);
        } catch (Exception | AssertionError e) {
            platform.close();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        webhookReceiver.stop(0);
        platform.close();
    }

    /**
     * A webhook receiver here that takes every delivery at once, so that the seeded subscriptions have deliveries to
     * read and nothing is retried, which would write to case-service's tables while a sweep checks that nothing is.
     */
    private static com.sun.net.httpserver.HttpServer acceptingEveryDelivery() throws java.io.IOException {
        com.sun.net.httpserver.HttpServer receiver =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        return receiver;
    }

    /** A token with every role, for the given communities. */
    String allRoles(String... communities) {
        return platform.token(ROLES, List.of(communities));
    }

    /** A token that reads without seeing personal data, so that its reads write no audit rows. */
    String reader(String... communities) {
        return platform.token(Set.of(Roles.DUTY_MEMBER, Roles.DISTRICT_SUPERVISOR), List.of(communities));
    }

    /**
     * The endpoint's path with real ids of the community, or null when a parameter has no value there. Each id
     * parameter takes the first record of the collection before it, else a value seeded under its name.
     */
    String path(String service, Endpoint endpoint, Community community) {
        StringBuilder resolved = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(endpoint.path());
        int from = 0;
        while (parameter.find()) {
            resolved.append(endpoint.path(), from, parameter.start());
            String value = value(service, endpoint, community, resolved.toString(), parameter.group(1));
            if (value == null) {
                return null;
            }
            resolved.append(value);
            from = parameter.end();
        }
        return resolved.append(endpoint.path().substring(from)).toString();
    }

    /** Whether the path's parameters other than the community name records of one community. */
    boolean namesRecords(Endpoint endpoint) {
        Matcher parameter = PARAMETER.matcher(endpoint.path());
        while (parameter.find()) {
            String name = parameter.group(1);
            JsonNode schema = endpoint.parameterSchema(name);
            boolean calendar = schema.path("format").asText().startsWith("date") || name.equals("month");
            if (!name.equals("community") && !schema.has("enum") && !calendar) {
                return true;
            }
        }
        return false;
    }

    private String value(String service, Endpoint endpoint, Community community, String before, String name) {
        if (name.equals("community")) {
            return community.id;
        }
        JsonNode schema = endpoint.parameterSchema(name);
        if (schema.has("enum")) {
            return schema.path("enum").path(0).asText();
        }
        if ("date".equals(schema.path("format").asText())) {
            return today().toString();
        }
        if (name.equals("month")) {
            return YearMonth.from(today()).toString();
        }
        String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
        String seeded = community.ids.get(segment + "/{" + name + "}");
        if (seeded != null) {
            return seeded;
        }
        JsonNode first = api.get(service, before.substring(0, before.length() - 1), reader(community.id))
                .json()
                .path(0)
                .path("id");
        return first.isTextual() ? first.asText() : community.ids.get(name);
    }

    /** The record's current ETag where the endpoint needs If-Match, a fresh Idempotency-Key where it takes one. */
    Map<String, String> writeHeaders(String service, Endpoint endpoint, String path) {
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
    private String etag(String service, String path) {
        String community = path.split("/").length > 2 && path.startsWith("/communities/") ? path.split("/")[2] : a.id;
        for (String record = path; record.lastIndexOf('/') > 0; record = record.substring(0, record.lastIndexOf('/'))) {
            String etag = api.get(service, record, reader(community)).etag();
            if (etag == null) {
                // Records only their admins read (webhook subscriptions); such reads touch no personal data.
                etag = api.get(service, record, allRoles(community)).etag();
            }
            if (etag != null) {
                return etag;
            }
        }
        throw new AssertionError("No ETag for " + path + " at " + service);
    }

    static LocalDate today() {
        return LocalDate.now(COMMUNITIES_ZONE);
    }

    /** The endpoint's example body with the community's real ids in the fields that name records. */
    ObjectNode validBody(Endpoint endpoint, Community community) {
        JsonNode example = endpoint.bodyExample();
        ObjectNode body = example.isObject() ? example.deepCopy() : Api.JSON.createObjectNode();
        replaceIds(body, community);
        happenedNow(body);
        return body;
    }

    /** Times the examples give for what already happened, which may lie no further back than the paper log allows. */
    private static final java.util.Set<String> HAPPENED_AT =
            java.util.Set.of("visitedAt", "occurredAt", "repliedAt", "toldAt");

    private static void happenedNow(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(field -> {
                if (HAPPENED_AT.contains(field) && object.get(field).isTextual()) {
                    object.put(field, java.time.Instant.now().toString());
                }
            });
        }
        node.forEach(SweepFixture::happenedNow);
    }

    private static void replaceIds(JsonNode node, Community community) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(field -> {
                String id = community.ids.get(field);
                if (id != null && object.get(field).isTextual()) {
                    object.put(field, id);
                }
            });
        }
        node.forEach(child -> replaceIds(child, community));
    }

    private SweepFixture.Community seed(String id, int n) {
        Community c = new Community(id);
        String admin = allRoles(id);
        String roster = "roster-service";
        api.write(
                roster,
                "POST",
                "/communities",
                admin,
                Map.of(
                        "id",
                        id,
                        "name",
                        "扫描社区" + n,
                        "code",
                        "SW" + (char) ('A' + n),
                        "subdistrict",
                        "老城街道",
                        "district",
                        "汉滨区"),
                Map.of());
        create(c, roster, "POST /communities/{community}/grids", Map.of("/id", "grid-1"));
        // Both communities have a grid-1; a grid of this community alone is what another community must not find.
        String ownGrid = "grid-" + id;
        create(c, roster, "POST /communities/{community}/grids", Map.of("/id", ownGrid));
        c.ids.put("grids/{gridId}", ownGrid);
        c.ids.put(
                "closures/{id}",
                create(c, roster, "POST /communities/{community}/calendar/closures", Map.of())
                        .path("id")
                        .asText());
        String member = create(
                        c, roster, "POST /communities/{community}/members", Map.of("/phone", phone(c, n, 1, true)))
                .path("id")
                .asText();
        String colleague = create(
                        c, roster, "POST /communities/{community}/members", Map.of("/phone", phone(c, n, 2, false)))
                .path("id")
                .asText();
        c.ids.putAll(Map.of(
                "memberId",
                member,
                "members/{memberId}",
                member,
                "members/{id}",
                member,
                "calendar-feeds/{id}",
                member,
                "toMemberId",
                colleague,
                "dutyMemberId",
                member));
        c.ids.put(
                "leave/{leaveId}",
                create(c, roster, "POST /communities/{community}/members/" + member + "/leave", Map.of())
                        .path("id")
                        .asText());
        String room = create(c, roster, "POST /communities/{community}/rooms", Map.of())
                .path("id")
                .asText();
        c.ids.put("roomId", room);
        JsonNode month = api.write(
                roster,
                "POST",
                "/communities/" + id + "/rooms/" + room + "/rosters/" + YearMonth.from(today()),
                admin,
                Map.of(),
                Map.of());
        JsonNode shift = month.path("shifts").path(month.path("shifts").size() - 1);
        c.ids.putAll(Map.of(
                "duty-shifts/{shift}",
                shift.path("id").asText(),
                "shiftId",
                shift.path("id").asText()));
        create(
                c,
                roster,
                "POST /communities/{community}/swap-requests",
                Map.of(
                        "/toMemberId",
                        shift.path("memberId").asText().equals(member) ? colleague : member,
                        "/counterShiftId",
                        Api.JSON.nullNode()));

        // Case-service and outreach-service refuse what names a community, grid, room or member they have not yet
        // learnt of from the roster's events.
        platform.awaitRosterCopies(id, "grid-1", room, member, colleague);

        String outreach = "outreach-service";
        String household = create(
                        c,
                        outreach,
                        "POST /communities/{community}/households",
                        Map.of("/gridId", "grid-1", "/contacts/0/phone", phone(c, n, 3, true)))
                .path("id")
                .asText();
        c.ids.putAll(Map.of("householdId", household, "households/{id}", household));
        // Outreach learns of members from roster's events; a pairing is refused until it has.
        String pairing = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(
                        () -> create(
                                        c,
                                        outreach,
                                        "POST /communities/{community}/pairings",
                                        Map.of("/startDate", today().toString()))
                                .path("id")
                                .asText(),
                        pairingId -> !pairingId.isEmpty());
        c.ids.putAll(Map.of("pairings/{pairingId}", pairing, "pairings/{id}", pairing));
        c.ids.put(
                "activities/{activityId}",
                create(
                                c,
                                outreach,
                                "POST /communities/{community}/pairings/" + pairing + "/activities",
                                Map.of("/doneOn", today().toString()))
                        .path("id")
                        .asText());
        create(c, outreach, "POST /communities/{community}/visits", Map.of("/visitedOn", today().toString()));
        String volunteer = create(c, outreach, "POST /communities/{community}/volunteers", Map.of())
                .path("id")
                .asText();
        c.ids.putAll(Map.of("volunteerId", volunteer, "volunteers/{id}", volunteer));
        c.ids.put(
                "volunteer-activities/{id}",
                create(c, outreach, "POST /communities/{community}/volunteer-activities", Map.of())
                        .path("id")
                        .asText());
        create(c, outreach, "POST /communities/{community}/visit-campaigns", Map.of("/grids/0/gridId", "grid-1"));
        JsonNode campaign = create(
                c,
                outreach,
                "POST /communities/{community}/notification-campaigns",
                Map.of("/targets/1/gridId", "grid-1"));
        String target = campaign.path("targets").path(0).path("id").asText();
        c.ids.putAll(Map.of("notification-campaigns/{id}", campaign.path("id").asText(), "targets/{targetId}", target));
        // Contacts have no list: the one seeded is the one the read of a single contact is swept with.
        c.ids.put(
                "contacts/{contactId}",
                create(
                                c,
                                outreach,
                                "POST /communities/{community}/notification-campaigns/"
                                        + campaign.path("id").asText() + "/targets/" + target + "/contacts",
                                Map.of())
                        .path("id")
                        .asText());
        create(c, outreach, "POST /communities/{community}/cadence-rules", Map.of());

        String cases = "case-service";
        // A subscription to the community's registrations, made before its case so that it has a delivery.
        String subscription = create(
                        c,
                        cases,
                        "POST /communities/{community}/webhook-subscriptions",
                        Map.of(
                                "/url",
                                "http://127.0.0.1:"
                                        + webhookReceiver.getAddress().getPort() + "/hooks",
                                "/eventTypes",
                                List.of("case.registered.v1")))
                .path("id")
                .asText();
        c.ids.put("webhook-subscriptions/{id}", subscription);
        Map<String, Object> resident = Map.of(
                "/resident/phone",
                phone(c, n, 4, true),
                "/resident/idNumber",
                idNumber(c, n, 4, true),
                "/gridId",
                "grid-1");
        String caseId = create(c, cases, "POST /communities/{community}/cases", resident)
                .path("id")
                .asText();
        c.ids.putAll(Map.of("duplicateOf", caseId, "cases/{id}", caseId));
        // The desk keeps no visitor's ID number, so the visit carries a phone only.
        String visit = create(
                        c,
                        cases,
                        "POST /communities/{community}/reception-visits",
                        Map.of("/visitor/phone", phone(c, n, 5, true)))
                .path("id")
                .asText();
        c.ids.put("reception-visits/{id}", visit);
        // An integrating system's Open311 key, which the community's admin may revoke.
        c.ids.put(
                "open311-keys/{id}",
                create(c, cases, "POST /communities/{community}/open311-keys", Map.of())
                        .path("id")
                        .asText());
        act(c, caseId, "assignment");
        act(c, caseId, "start");
        act(c, caseId, "referrals");
        c.ids.put(
                "referrals/{referralId}",
                api.get(cases, "/communities/" + id + "/cases/" + caseId, reader(id))
                        .json()
                        .path("referrals")
                        .path(0)
                        .path("id")
                        .asText());
        String hotlineReference = "12345-sweep-" + n;
        api.write(
                cases,
                "POST",
                "/communities/" + id + "/hotline-cases",
                platform.token(Roles.INTEGRATION_CLIENT, id),
                body(
                        cases,
                        "POST /communities/{community}/hotline-cases",
                        c,
                        Map.of(
                                "/hotlineReference",
                                hotlineReference,
                                "/resident/phone",
                                phone(c, n, 6, false),
                                "/resident/idNumber",
                                idNumber(c, n, 6, false))),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        c.ids.put("hotline-cases/{hotlineReference}", hotlineReference);
        // The case's registration delivered to the receiver: the delivery log has a record, and nothing is pending.
        String deliveries = "/communities/" + id + "/webhook-subscriptions/" + subscription + "/deliveries";
        JsonNode delivered = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get(cases, deliveries, admin).json().path(0),
                        delivery -> "DELIVERED".equals(delivery.path("status").asText()));
        c.ids.put("deliveries/{deliveryId}", delivered.path("id").asText());
        return c;
    }

    /** Takes a case one step on with the action's example, naming the version it was read at. */
    private JsonNode act(Community c, String caseId, String action) {
        String path = "/communities/{community}/cases/" + caseId;
        String etag = api.get("case-service", path.replace("{community}", c.id), reader(c.id))
                .etag();
        return create(c, "case-service", "POST " + path + "/" + action, Map.of(), "If-Match", etag);
    }

    /** Posts the operation's example with the community's ids and the given values at JSON pointers. */
    private JsonNode create(
            Community c, String service, String operation, Map<String, Object> values, String... headers) {
        String path = operation.substring(operation.indexOf(' ') + 1).replace("{community}", c.id);
        Map<String, String> headerMap = new HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            headerMap.put(headers[i], headers[i + 1]);
        }
        return api.write(service, "POST", path, allRoles(c.id), body(service, operation, c, values), headerMap);
    }

    /** The body of the operation, named by its template or with real ids in place of the template's parameters. */
    private ObjectNode body(String service, String operation, Community c, Map<String, Object> values) {
        Endpoint endpoint = documents.get(service).endpoints().stream()
                .filter(e -> operation.matches(
                        Pattern.quote(e.toString()).replaceAll("\\{[^}]+}", Matcher.quoteReplacement("\\E[^/]+\\Q"))))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(service + " has no " + operation));
        ObjectNode body = validBody(endpoint, c);
        values.forEach((pointer, value) -> {
            JsonPointer at = JsonPointer.compile(pointer);
            JsonNode parent = body.at(at.head());
            JsonNode node = Api.JSON.valueToTree(value);
            if (parent instanceof ObjectNode object) {
                object.set(at.last().getMatchingProperty(), node);
            } else if (parent instanceof ArrayNode array) {
                array.set(at.last().getMatchingIndex(), node);
            }
        });
        return body;
    }

    /** A distinct mobile number per community and record, remembered as personal data. */
    private static String phone(Community c, int community, int record, boolean readableInFull) {
        String phone = "1390" + community + "00" + record + "7" + record + "1";
        remember(c, phone, readableInFull);
        return phone;
    }

    private static String idNumber(Community c, int community, int record, boolean readableInFull) {
        String idNumber = "61010219900" + community + "0" + record + "123" + record;
        remember(c, idNumber, readableInFull);
        return idNumber;
    }

    private static void remember(Community c, String number, boolean readableInFull) {
        c.personalNumbers.add(number);
        if (readableInFull) {
            c.readableInFull.add(number);
        }
    }
}
