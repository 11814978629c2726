package io.huike.system;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Follows cases through every place they pass: the case service's database (committed), the {@code case-events}
 * topic (delivered) and the reporting service's read model and figures (applied), and counts what went missing or
 * was counted twice on the way.
 */
final class DeliveryLedger {

    private static final String REGISTERED = "case.registered.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DUPLICATES =
            Pattern.compile("(?m)^huike_inbox_events_total\\{[^}]*outcome=\"duplicate\"[^}]*} (\\S+)$");

    private final Platform platform;
    private final String token;
    private final List<String> communities;

    DeliveryLedger(Platform platform, String token, List<String> communities) {
        this.platform = platform;
        this.token = token;
        this.communities = communities;
    }

    /**
     * Case ids by hotline reference, of the cases committed in the case service whose reference is LIKE this. Two
     * cases for one reference fail the test: each reference was sent as one case, retried under one key.
     */
    Map<String, UUID> committed(String referencePattern) throws SQLException {
        Map<String, UUID> cases = new HashMap<>();
        try (Connection db = platform.connect("case-service");
                PreparedStatement query =
                        db.prepareStatement("select hotline_reference, id from cases where hotline_reference like ?")) {
            query.setString(1, referencePattern);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UUID earlier = cases.put(rows.getString(1), rows.getObject(2, UUID.class));
                    if (earlier != null) {
                        throw new AssertionError("Two cases for hotline reference " + rows.getString(1));
                    }
                }
            }
        }
        return cases;
    }

    /** Ids of the cases whose {@code case.registered.v1} is on {@code case-events}. */
    Set<UUID> deliveredRegistrations() {
        Set<UUID> ids = new HashSet<>();
        for (ConsumerRecord<String, String> record : platform.readAll("case-events")) {
            try {
                JsonNode event = JSON.readTree(record.value());
                if (REGISTERED.equals(event.path("type").asText())) {
                    ids.add(UUID.fromString(event.path("subject").asText()));
                }
            } catch (IOException e) {
                throw new IllegalStateException("Unreadable record at offset " + record.offset(), e);
            }
        }
        return ids;
    }

    /** Of these cases, those that reporting holds a fact row for. */
    Set<UUID> applied(Set<UUID> ids) throws SQLException {
        Set<UUID> applied = new HashSet<>();
        try (Connection db = platform.connect("reporting-service");
                PreparedStatement query = db.prepareStatement("select case_id from case_fact where case_id = any(?)")) {
            query.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    applied.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return applied;
    }

    /** Waits, patiently, until reporting holds every one of these cases; returns early only when it does. */
    void awaitApplied(Set<UUID> ids, Duration atMost) throws Exception {
        Instant deadline = Instant.now().plus(atMost);
        while (applied(ids).size() < ids.size() && Instant.now().isBefore(deadline)) {
            Thread.sleep(1_000);
        }
    }

    /**
     * Registrations applied more than once: cases whose registration reporting logged twice, plus, per community,
     * how far reporting's {@code registered} figure exceeds the case service's own count.
     */
    int appliedTwice(Set<UUID> ids) throws SQLException {
        int twice = 0;
        try (Connection db = platform.connect("reporting-service");
                PreparedStatement query = db.prepareStatement("""
                        select count(*) from (select case_id from case_event where type = ? and case_id = any(?)
                        group by case_id having count(*) > 1) repeated""")) {
            query.setString(1, REGISTERED);
            query.setArray(2, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                twice += rows.getInt(1);
            }
        }
        Map<String, Integer> owned = ownersCounts();
        for (String community : communities) {
            twice += Math.max(0, reportedRegistered(community) - owned.get(community));
        }
        return twice;
    }

    /** Cases per community as the case service holds them. */
    Map<String, Integer> ownersCounts() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = platform.connect("case-service");
                PreparedStatement query = db.prepareStatement("select count(*) from cases where community_id = ?")) {
            for (String community : communities) {
                query.setString(1, community);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    counts.put(community, rows.getInt(1));
                }
            }
        }
        return counts;
    }

    /** Reporting's {@code registered} figure for the community, from its case counts endpoint. */
    int reportedRegistered(String community) {
        return given().baseUri(platform.url("reporting-service"))
                .auth()
                .oauth2(token)
                .get("/communities/" + community + "/case-counts")
                .then()
                .statusCode(200)
                .extract()
                .path("registered");
    }

    /** Repeats the reporting service's inbox has recognised and dropped since it started, over all event types. */
    double duplicatesDropped() {
        Matcher lines = DUPLICATES.matcher(given().baseUri(platform.url("reporting-service"))
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        double total = 0;
        while (lines.find()) {
            total += Double.parseDouble(lines.group(1));
        }
        return total;
    }

    /** The figures of one scenario over the cases whose reference is LIKE the pattern. */
    Figures figures(String scenario, int sent, int acknowledged, String referencePattern, Instant started)
            throws SQLException {
        Set<UUID> committed = new HashSet<>(committed(referencePattern).values());
        Set<UUID> delivered = deliveredRegistrations();
        delivered.retainAll(committed);
        Set<UUID> applied = applied(committed);
        Set<UUID> lost = new HashSet<>(committed);
        lost.removeAll(applied);
        return new Figures(
                scenario,
                sent,
                acknowledged,
                committed.size(),
                delivered.size(),
                applied.size(),
                lost.size(),
                appliedTwice(committed),
                Duration.between(started, Instant.now()));
    }

    /** One scenario's line: what was sent, and where it got to. */
    record Figures(
            String scenario,
            int sent,
            int acknowledged,
            int committed,
            int delivered,
            int applied,
            int lost,
            int appliedTwice,
            Duration took) {

        static final String HEADER = """
                | scenario | sent | acknowledged (201) | committed | delivered | applied | lost | applied twice | seconds |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|
                """;

        String row() {
            return "| %s | %d | %d | %d | %d | %d | %d | %d | %d |"
                    .formatted(
                            scenario,
                            sent,
                            acknowledged,
                            committed,
                            delivered,
                            applied,
                            lost,
                            appliedTwice,
                            took.toSeconds());
        }

        /** Prints the line and adds it to the report's table. */
        Figures report(Path table) throws IOException {
            System.out.println("FAULT " + row());
            Files.writeString(
                    table, row() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return this;
        }
    }
}
