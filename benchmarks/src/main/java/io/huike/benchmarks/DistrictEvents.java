package io.huike.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes a district's history as the catalogue's events, in the envelope the outbox relay publishes: the benchmark's
 * communities announced on {@code roster-events}, then cases on {@code case-events}, each with the events the case
 * service would have sent in its life. Cases are spread over the last 12 months: most run registered, assigned,
 * handling started, resolved, feedback given, closed; some go through a referral, an escalation or a reopening; the
 * last weeks' cases stop at every stage, and an open case past a deadline has the {@code case.overdue.v1} the case
 * service sends. One in ten comes from the 12345 hotline as a work order that is acknowledged and replied to; a case
 * from the reception room comes with the reception visit that raised it. Duty shifts, pairings, outreach activities
 * and campaign contacts are not written: the dashboard's panels on them see none of the district. The
 * history is drawn from a seed per case number, so a step that adds cases to a loaded district adds new ones.
 */
final class DistrictEvents {

    static final String CASE_TOPIC = "case-events";
    static final String ROSTER_TOPIC = "roster-events";
    static final String CASE_SOURCE = "case-service";
    static final String ROSTER_SOURCE = "roster-service";
    /** Every district case id starts so, which lets the run find the inbox rows its events left in reporting. */
    static final String CASE_ID_PREFIX = "62656e63-6800-4000-8000-";
    /** And so does every reception visit's id. */
    static final String VISIT_ID_PREFIX = "62656e63-7669-4000-8000-";

    private static final Duration YEAR = Duration.ofDays(365);
    private static final List<String> CHANNELS =
            List.of("RECEPTION_ROOM", "HOME_VISIT", "APPOINTMENT", "PHONE", "ONLINE", "GRID_PATROL");
    private static final List<String> CATEGORIES = List.of(
            "POLICY_CONSULTATION",
            "HARDSHIP_RELIEF",
            "DISPUTE_MEDIATION",
            "VOLUNTEER_SERVICE",
            "WATER_DRAINAGE",
            "POWER_LINES",
            "GAS",
            "SANITATION",
            "RENOVATION",
            "HEALTH",
            "OTHER");
    private static final List<String> CONTACT_METHODS = List.of("PHONE", "IN_PERSON", "HOME_VISIT", "SMS", "ONLINE");

    /** Where the events go: a topic, the record key (the aggregate) and the envelope's JSON. */
    @FunctionalInterface
    interface Sink {
        void send(String topic, String key, String envelope);
    }

    private final EventCodec codec;
    private final List<String> communities;
    private final Instant now;
    private final Sink sink;

    DistrictEvents(List<String> communities, Instant now, Sink sink) {
        this.codec = new EventCodec(new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
        this.communities = communities;
        this.now = now.truncatedTo(ChronoUnit.MICROS);
        this.sink = sink;
    }

    /** Announces the communities as the roster service does; reporting keeps the last announcement. */
    long communities() {
        long sent = 0;
        for (int i = 0; i < communities.size(); i++) {
            String community = communities.get(i);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("communityId", community);
            data.put("name", "基准社区 " + (i + 1));
            data.put("code", community.toUpperCase());
            data.put("subdistrict", "基准街道 " + (i % 10 + 1));
            data.put("district", "基准区");
            send(
                    ROSTER_TOPIC,
                    ROSTER_SOURCE,
                    community,
                    community,
                    1,
                    "community.registered.v1",
                    now.minus(YEAR),
                    data);
            sent++;
        }
        return sent;
    }

    /** Writes cases number {@code from} (inclusive) to {@code to} (exclusive); returns how many events it wrote. */
    long cases(long from, long to) {
        long sent = 0;
        for (long n = from; n < to; n++) {
            sent += new CaseHistory(n).write();
        }
        return sent;
    }

    /** The id of the district's case number {@code number}: the prefix, then the number in hex. */
    static String caseId(long number) {
        return CASE_ID_PREFIX + "%012x".formatted(number);
    }

    private void send(
            String topic,
            String source,
            String community,
            String subject,
            long sequence,
            String type,
            Instant time,
            Map<String, Object> data) {
        EventEnvelope envelope = new EventEnvelope(
                EventEnvelope.SPEC_VERSION,
                UUID.randomUUID(),
                source,
                type,
                time,
                subject,
                EventEnvelope.JSON,
                community,
                sequence,
                codec.toData(data));
        sink.send(topic, subject, codec.encode(envelope));
    }

    /** One case's life, drawn from its number. */
    private final class CaseHistory {

        private final long number;
        private final SplittableRandom random;
        private final String community;
        private final String caseId;
        private final String trackingNumber;
        private final boolean hotline;
        private final String hotlineReference;
        private final String member;
        private Instant at;
        private Instant firstContactDue;
        private Instant feedbackDue;
        private long sequence;
        private long sent;

        CaseHistory(long number) {
            this.number = number;
            this.random = new SplittableRandom(0x6875696b65L ^ (number * 0x9E3779B97F4A7C15L));
            this.community = communities.get((int) (number % communities.size()));
            this.caseId = caseId(number);
            this.trackingNumber = "BD-%010d".formatted(number);
            this.hotline = random.nextInt(10) == 0;
            this.hotlineReference = hotline ? "12345-BD-%010d".formatted(number) : null;
            this.member = community + "-m" + (number % 8 + 1);
        }

        long write() {
            Instant registered = now.minusSeconds((long) (random.nextDouble() * YEAR.toSeconds()));
            at = registered;
            deadlinesFrom(registered);
            registered(registered);
            boolean old = registered.isBefore(now.minus(Duration.ofDays(20)));
            // The stage the case has reached today: 0 registered, 1 assigned, 2 in progress, 3 resolved,
            // 4 feedback given, 5 closed. Old cases are closed but for one in fifty still waiting.
            int stage = old ? (random.nextInt(50) == 0 ? random.nextInt(5) : 5) : random.nextInt(6);
            if (hotline) {
                event(
                        "case.hotline-order-acknowledged.v1",
                        later(Duration.ofHours(2)),
                        Map.of(
                                "hotlineReference", hotlineReference,
                                "acknowledgedAt", at,
                                "dueAt", feedbackDue,
                                "late", random.nextInt(20) == 0,
                                "acknowledgedBy", member));
            }
            if (stage >= 1) {
                event(
                        "case.assigned.v1",
                        later(Duration.ofHours(4)),
                        Map.of(
                                "assigneeId",
                                member,
                                "automatic",
                                random.nextBoolean(),
                                "assignedBy",
                                member,
                                "assignedAt",
                                at));
            }
            if (stage >= 2) {
                handlingStarted(true);
                int flow = random.nextInt(100);
                if (flow < 6) {
                    String referral = UUID.nameUUIDFromBytes((caseId + "/referral").getBytes())
                            .toString();
                    event(
                            "case.referred.v1",
                            later(Duration.ofDays(1)),
                            Map.of("referralId", referral, "body", "区住建局", "referredAt", at));
                    if (stage >= 3 || random.nextBoolean()) {
                        event(
                                "case.referral-answered.v1",
                                later(Duration.ofDays(3)),
                                Map.of("referralId", referral, "body", "区住建局", "repliedAt", at, "recordedAt", at));
                    }
                } else if (flow < 9) {
                    event(
                            "case.escalated.v1",
                            later(Duration.ofDays(2)),
                            Map.of(
                                    "meetingMonth",
                                    at.atOffset(ZoneOffset.UTC).toString().substring(0, 7),
                                    "reason",
                                    "需街道协调",
                                    "escalatedAt",
                                    at));
                    if (stage >= 3) {
                        event(
                                "case.escalation-answered.v1",
                                later(Duration.ofDays(5)),
                                Map.of("decision", "街道牵头处理", "answeredAt", at));
                    }
                }
            }
            if (stage >= 3) {
                resolved();
            }
            if (stage >= 4) {
                feedbackGiven();
            }
            if (stage >= 5) {
                closed();
                if (old && random.nextInt(100) == 0) {
                    reopenedAndClosedAgain();
                }
            }
            overdueNotices(stage);
            return sent;
        }

        private void registered(Instant registered) {
            String channel = hotline ? "HOTLINE_12345" : CHANNELS.get(random.nextInt(CHANNELS.size()));
            String visit = channel.equals("RECEPTION_ROOM") ? receptionVisit(registered) : null;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("trackingNumber", trackingNumber);
            data.put("channel", channel);
            data.put("category", CATEGORIES.get(random.nextInt(CATEGORIES.size())));
            data.put("urgency", number % 20 == 0 ? "URGENT" : "NORMAL");
            data.put("title", "基准案件 " + number);
            data.put("gridId", "grid-" + (number % 12 + 1));
            data.put("receptionVisitId", visit);
            data.put("concernId", null);
            data.put("hotlineReference", hotlineReference);
            data.put("registeredAt", registered);
            data.put("registeredBy", member);
            data.put("firstContactDueAt", firstContactDue);
            data.put("feedbackDueAt", feedbackDue);
            event("case.registered.v1", registered, data);
        }

        /** The visit at the reception room that raised the case, recorded as the duty member does. */
        private String receptionVisit(Instant registered) {
            String visitId = VISIT_ID_PREFIX + "%012x".formatted(number);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("visitId", visitId);
            data.put("roomId", null);
            data.put("visitedAt", registered);
            data.put("dutyMemberId", member);
            data.put("peopleCount", 1 + random.nextInt(3));
            data.put("caseIds", List.of(caseId));
            data.put("recordedAt", registered);
            send(CASE_TOPIC, CASE_SOURCE, community, visitId, 1, "reception-visit.recorded.v1", registered, data);
            sent++;
            return visitId;
        }

        private void handlingStarted(boolean first) {
            // About one in eight first contacts comes after its deadline.
            Duration delay = random.nextInt(8) == 0 ? Duration.ofHours(30) : Duration.ofHours(10);
            event(
                    "case.handling-started.v1",
                    later(delay),
                    Map.of(
                            "handlerId", member,
                            "contactMethod", CONTACT_METHODS.get(random.nextInt(CONTACT_METHODS.size())),
                            "firstContact", first,
                            "startedAt", at));
        }

        private void resolved() {
            event("case.resolved.v1", later(Duration.ofDays(4)), Map.of("outcome", outcome(), "resolvedAt", at));
            if (hotline) {
                event(
                        "case.hotline-replied.v1",
                        later(Duration.ofHours(6)),
                        Map.of(
                                "hotlineReference", hotlineReference,
                                "outcome", "RESOLVED",
                                "reply", "已处理完毕",
                                "repliedAt", at,
                                "repliedBy", member));
            }
        }

        private void feedbackGiven() {
            Instant told = later(Duration.ofDays(4));
            event(
                    "case.feedback-given.v1",
                    told,
                    Map.of(
                            "method",
                            CONTACT_METHODS.get(random.nextInt(CONTACT_METHODS.size())),
                            "toldAt",
                            told,
                            "satisfaction",
                            satisfaction(),
                            "recordedAt",
                            told));
        }

        private void closed() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("trackingNumber", trackingNumber);
            data.put("outcome", "RESOLVED");
            data.put("resultSummary", "已解决并告知居民");
            data.put("satisfaction", satisfaction());
            data.put("closedAt", later(Duration.ofHours(12)));
            data.put("closedBy", member);
            event("case.closed.v1", at, data);
        }

        private void reopenedAndClosedAgain() {
            Instant reopened = later(Duration.ofDays(10));
            deadlinesFrom(reopened);
            event(
                    "case.reopened.v1",
                    reopened,
                    Map.of(
                            "reopenCount", 1,
                            "reason", "居民反映问题复发",
                            "reopenedAt", reopened,
                            "firstContactDueAt", firstContactDue,
                            "feedbackDueAt", feedbackDue));
            handlingStarted(true);
            resolved();
            feedbackGiven();
            closed();
        }

        /** The notices the case service's deadline sweep sends for an open case past a deadline. */
        private void overdueNotices(int stage) {
            if (stage < 2 && firstContactDue.isBefore(now)) {
                overdue("FIRST_CONTACT", firstContactDue);
            }
            if (stage < 4 && feedbackDue.isBefore(now)) {
                overdue("FEEDBACK", feedbackDue);
            }
        }

        private void overdue(String deadline, Instant due) {
            Instant detected = due.plus(Duration.ofMinutes(5));
            event("case.overdue.v1", detected, Map.of("deadline", deadline, "dueAt", due, "detectedAt", detected));
        }

        private void deadlinesFrom(Instant start) {
            firstContactDue = start.plus(Duration.ofDays(1));
            feedbackDue = start.plus(Duration.ofDays(15));
        }

        /** A moment up to {@code typical} × 2 after the last one, never past now. */
        private Instant later(Duration typical) {
            Instant next = at.plusSeconds((long) (random.nextDouble() * 2 * typical.toSeconds()) + 1);
            at = next.isAfter(now) ? now : next;
            return at;
        }

        private String outcome() {
            int r = random.nextInt(100);
            return r < 75 ? "RESOLVED" : r < 87 ? "PARTLY_RESOLVED" : r < 93 ? "NOT_RESOLVABLE" : "REFERRED_ELSEWHERE";
        }

        private String satisfaction() {
            int r = random.nextInt(100);
            return r < 70 ? "SATISFIED" : r < 92 ? "BASICALLY_SATISFIED" : "UNSATISFIED";
        }

        private void event(String type, Instant time, Map<String, Object> fields) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("caseId", caseId);
            data.putAll(fields);
            send(CASE_TOPIC, CASE_SOURCE, community, caseId, ++sequence, type, time, data);
            sent++;
        }
    }
}
