package io.huike.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huike.kernel.roles.Roles;
import io.huike.system.DeliveryLedger.Figures;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults on the real processes, each under a bounded load of hotline cases that stops by itself: the broker
 * stopped, case-service and reporting-service killed with SIGKILL, case-service's own PostgreSQL stopped, and a whole
 * topic delivered again. Each scenario prints how many cases were sent, committed, delivered, applied, lost and
 * applied twice, and adds that line to {@code target/reliability/faults.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    private static final List<String> COMMUNITIES = List.of("gulou", "xiangyang", "dongcheng");
    private static final Path TABLE = Path.of("target", "reliability", "faults.md");
    private static final Duration CATCH_UP = Duration.ofMinutes(4);

    private static Platform platform;
    private static DeliveryLedger ledger;
    /** A token with every role the scenarios act in, for their communities; Keycloak's, as in production. */
    private static String token;

    @BeforeAll
    static void startPlatform() throws Exception {
        // Case-service gets a PostgreSQL of its own, so stopping it leaves the others' databases up; and a short
        // wait for a connection, so that its requests fail fast while that server is down.
        platform = new Platform()
                .withOwnPostgres("case-service")
                .withEnv("case-service", "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "3S");
        platform.start();
        platform.registerCommunities(COMMUNITIES.toArray(String[]::new));
        token = platform.token(
                Set.of(Roles.INTEGRATION_CLIENT, Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR),
                COMMUNITIES);
        ledger = new DeliveryLedger(platform, token, COMMUNITIES);
        Files.createDirectories(TABLE.getParent());
        Files.writeString(TABLE, Figures.HEADER);
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void casesRegisteredWhileTheBrokerIsDownAllReachReportingOnce() throws Exception {
        Instant started = Instant.now();
        CaseLoad load = startLoad("broker", 360, 20);
        awaitAcknowledged(load, 60);

        platform.stopKafka();
        await().atMost(Duration.ofMinutes(2)).until(() -> readiness("case-service") == 503);
        awaitAcknowledged(load, load.acknowledged().size() + 60);
        platform.startKafka();
        load.awaitEnd();

        assertEverythingCommittedArrivedOnce("broker stopped and started under load", load, null, started);
    }

    @Test
    @Order(2)
    void aCaseServiceKilledUnderLoadPublishesEverythingItCommittedAndRetriesCreateNoSecondCase() throws Exception {
        Instant started = Instant.now();
        CaseLoad load = startLoad("crash", 360, 25);
        awaitAcknowledged(load, 100);

        platform.kill("case-service");
        System.out.println(
                "FAULT case-service killed with " + unpublishedOutboxRows() + " committed events unpublished");
        platform.restart("case-service");
        load.awaitEnd();
        CaseLoad retried = load.retryUnanswered(25).awaitEnd();

        System.out.println("FAULT answers while case-service was killed and restarted: " + load.statuses()
                + "; to the retries of the unanswered: " + retried.statuses());
        // A request cut off before its commit left its key claimed: its retry is told to come back later (409)
        // until the claim is taken for abandoned. At most one request per load thread was in flight at the kill.
        assertThat(retried.statuses().keySet()).isSubsetOf(201, 409);
        assertThat(retried.withStatus(409).size()).isLessThanOrEqualTo(CaseLoad.THREADS);
        assertEverythingCommittedArrivedOnce(
                "case-service killed (SIGKILL) under load, unanswered retried", load, retried, started);
    }

    @Test
    @Order(3)
    void aCaseServiceKilledBetweenCommitAndPublishDeliversTheCommittedEventsAfterRestart() throws Exception {
        Instant started = Instant.now();
        // With the broker away the relay cannot publish, so the kill surely falls between commits and their publish.
        platform.stopKafka();
        CaseLoad load = startLoad("unpublished", 120, 20);
        awaitAcknowledged(load, 60);

        platform.kill("case-service");
        int unpublished = unpublishedOutboxRows();
        System.out.println("FAULT case-service killed with " + unpublished + " committed events unpublished");
        assertThat(unpublished).isPositive();
        load.awaitEnd();
        platform.startKafka();
        platform.restart("case-service");
        CaseLoad retried = load.retryUnanswered(20).awaitEnd();

        assertThat(retried.statuses().keySet()).isSubsetOf(201, 409);
        assertEverythingCommittedArrivedOnce(
                "case-service killed (SIGKILL) with committed events unpublished", load, retried, started);
    }

    @Test
    @Order(4)
    void aReportingServiceKilledMidStreamCatchesUpToTheOwnersFigures() throws Exception {
        Instant started = Instant.now();
        CaseLoad load = startLoad("reporting", 360, 25);
        awaitAcknowledged(load, 100);

        platform.kill("reporting-service");
        platform.restart("reporting-service");
        load.awaitEnd();

        assertEverythingCommittedArrivedOnce("reporting-service killed (SIGKILL) mid-stream", load, null, started);
        awaitReconciled();
        // The restarted process counts from zero: these are the events it read again because the killed one had
        // applied them without committing their offsets.
        System.out.println(
                "FAULT reporting-service dropped " + ledger.duplicatesDropped() + " repeats since its restart");
    }

    @Test
    @Order(5)
    void whileItsDatabaseIsDownTheCaseServiceRefusesCleanlyAndServesAgainAfterwards() throws Exception {
        Instant started = Instant.now();
        platform.stopOwnPostgres();

        await().atMost(Duration.ofMinutes(2)).until(() -> readiness("case-service") == 503);
        Response refused = registerOne("pg-probe");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(503);
        CaseLoad whileDown = startLoad("pg-down", 30, 10).awaitEnd();
        assertThat(whileDown.statuses()).containsOnlyKeys(503);

        platform.startOwnPostgres();
        await().atMost(Duration.ofMinutes(2)).until(() -> readiness("case-service") == 200);
        CaseLoad afterwards = startLoad("pg-back", 60, 10).awaitEnd();
        assertThat(afterwards.statuses()).containsOnlyKeys(201);

        assertThat(ledger.committed("pg-probe")).isEmpty();
        assertThat(ledger.committed("pg-down-%")).isEmpty();
        assertNothingHalfWritten();
        awaitAllApplied("pg-%");
        Figures figures = ledger.figures(
                        "case-service's PostgreSQL stopped and started",
                        1 + whileDown.sent() + afterwards.sent(),
                        afterwards.acknowledged().size(),
                        "pg-%",
                        started)
                .report(TABLE);
        assertThat(figures.committed()).isEqualTo(afterwards.sent());
        assertNoneLostOrTwice(figures);
    }

    @Test
    @Order(6)
    void aWholeTopicDeliveredAgainLeavesEveryFigureAsItWas() throws Exception {
        Instant started = Instant.now();
        awaitAllApplied("%");
        awaitReconciled();
        Map<String, Integer> figuresBefore = reportedFigures();
        int inboxBefore = reportingRows("inbox_event");
        int factsBefore = reportingRows("case_fact");
        double duplicatesBefore = ledger.duplicatesDropped();

        List<ConsumerRecord<String, String>> records = platform.readAll("case-events");
        platform.redeliver(records);

        await().atMost(CATCH_UP)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> ledger.duplicatesDropped() >= duplicatesBefore + records.size());
        assertThat(reportedFigures()).isEqualTo(figuresBefore);
        assertThat(reportingRows("inbox_event")).isEqualTo(inboxBefore);
        assertThat(reportingRows("case_fact")).isEqualTo(factsBefore);
        awaitReconciled();
        assertNoneLostOrTwice(
                ledger.figures("all of case-events delivered again", records.size(), records.size(), "%", started)
                        .report(TABLE));
    }

    private static CaseLoad startLoad(String prefix, int cases, double perSecond) {
        return CaseLoad.start(platform.url("case-service"), token, COMMUNITIES, prefix, cases, perSecond);
    }

    private static void awaitAcknowledged(CaseLoad load, int cases) {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> load.acknowledged().size() >= cases || load.finished());
    }

    /**
     * Waits until reporting holds every case the owner committed, then checks: every acknowledged case (first try
     * or retry) is committed, every committed one is on the topic and applied, none twice.
     */
    private static void assertEverythingCommittedArrivedOnce(
            String scenario, CaseLoad load, CaseLoad retried, Instant started) throws Exception {
        String pattern = load.prefix() + "-%";
        Map<String, UUID> committed = ledger.committed(pattern);
        Set<String> acknowledged = new HashSet<>(load.acknowledged());
        if (retried != null) {
            acknowledged.addAll(retried.acknowledged());
        }
        ledger.awaitApplied(new HashSet<>(committed.values()), CATCH_UP);
        Figures figures = ledger.figures(scenario, load.sent(), acknowledged.size(), pattern, started)
                .report(TABLE);
        assertThat(committed.keySet()).containsAll(acknowledged);
        assertNoneLostOrTwice(figures);
    }

    private static void assertNoneLostOrTwice(Figures figures) {
        assertThat(figures.delivered()).as("committed cases on the topic").isEqualTo(figures.committed());
        assertThat(figures.applied()).as("committed cases applied by reporting").isEqualTo(figures.committed());
        assertThat(figures.lost()).as("lost").isZero();
        assertThat(figures.appliedTwice()).as("applied twice").isZero();
    }

    private static void awaitAllApplied(String pattern) throws Exception {
        ledger.awaitApplied(new HashSet<>(ledger.committed(pattern).values()), CATCH_UP);
    }

    /** Reporting agrees with the case service, line by line, in every community. */
    private static void awaitReconciled() {
        for (String community : COMMUNITIES) {
            await().atMost(CATCH_UP)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> given().baseUri(platform.url("reporting-service"))
                            .auth()
                            .oauth2(token)
                            .get("/reconciliations/" + community)
                            .then()
                            .statusCode(200)
                            .extract()
                            .<Boolean>path("equal"));
        }
    }

    /**
     * Every case has its {@code case.registered.v1} in the outbox and every such event its case; no request is left
     * claimed but unfinished.
     */
    private static void assertNothingHalfWritten() throws SQLException {
        assertThat(caseServiceCount("""
                        select count(*) from cases c where not exists (select 1 from outbox_event o
                        where o.aggregate_id = c.id::text and o.event_type = 'case.registered.v1')""")).as("cases without their event").isZero();
        assertThat(caseServiceCount("""
                        select count(*) from outbox_event o where o.event_type = 'case.registered.v1'
                        and not exists (select 1 from cases c where c.id::text = o.aggregate_id)""")).as("events without their case").isZero();
        assertThat(caseServiceCount("select count(*) from idempotent_request where idempotency_key like 'pg-%' "
                        + "and state <> 'DONE'"))
                .as("requests claimed but not finished")
                .isZero();
    }

    private static int unpublishedOutboxRows() throws SQLException {
        return caseServiceCount("select count(*) from outbox_event where published_at is null");
    }

    private static int caseServiceCount(String sql) throws SQLException {
        try (Connection db = platform.connect("case-service");
                ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int reportingRows(String table) throws SQLException {
        try (Connection db = platform.connect("reporting-service");
                ResultSet rows = db.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Map<String, Integer> reportedFigures() {
        return COMMUNITIES.stream().collect(java.util.stream.Collectors.toMap(c -> c, ledger::reportedRegistered));
    }

    private static Response registerOne(String reference) {
        return given().baseUri(platform.url("case-service"))
                .auth()
                .oauth2(token)
                .header("Idempotency-Key", reference)
                .contentType("application/json")
                .body(Map.of("hotlineReference", reference, "category", "WATER_DRAINAGE", "description", "数据库停机时登记"))
                .post("/communities/gulou/hotline-cases");
    }

    private static int readiness(String service) {
        return given().baseUri(platform.url(service)).get("/q/health/ready").statusCode();
    }
}
