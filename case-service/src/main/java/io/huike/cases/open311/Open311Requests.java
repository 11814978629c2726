package io.huike.cases.open311;

import io.huike.cases.Case;
import io.huike.cases.CaseIntakeService;
import io.huike.cases.CaseRepository;
import io.huike.cases.Category;
import io.huike.cases.Channel;
import io.huike.cases.Referral;
import io.huike.cases.TimelineEntry;
import io.huike.kernel.cases.CaseStatus;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.roster.RosterReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The cases of one jurisdiction (community) as Open311 service requests: found by the filters GeoReport v2 defines,
 * registered through the same intake as every case, and their shared timeline lines as updates.
 */
@ApplicationScoped
public class Open311Requests {

    /** Without a start_date, requests of the 90 days before end_date are listed, as GeoReport v2 says. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

    /** The most requests, or updates, one answer lists, as GeoReport v2 says; also the most a page holds. */
    public static final int MAX_RESULTS = 1000;

    /** The most ids one {@code service_request_id} may list. */
    public static final int MAX_IDS = 100;

    private final CaseRepository cases;
    private final CaseIntakeService intake;
    private final RosterReferences references;

    Open311Requests(CaseRepository cases, CaseIntakeService intake, RosterReferences references) {
        this.cases = cases;
        this.intake = intake;
        this.references = references;
    }

    /**
     * What a list of requests is narrowed by. With {@code ids}, the other filters are ignored, as GeoReport v2 says.
     *
     * @param ids tracking numbers; empty for none
     * @param services service codes; empty for all
     * @param status open or closed; null for both
     * @param page which page of {@code pageSize} requests, from 1 (the {@code page} extension)
     */
    public record Query(
            List<String> ids,
            Set<Category> services,
            Instant start,
            Instant end,
            GeoReportStatus status,
            int page,
            int pageSize) {

        /**
         * The query the request's parameters make, named as GeoReport v2 and its paging extension name them.
         *
         * @throws InvalidInput naming the parameter at fault
         */
        public static Query of(
                String ids,
                String serviceCodes,
                String start,
                String end,
                String status,
                String page,
                String pageSize) {
            List<String> idList = commaList(ids).stream()
                    .map(id -> id.toUpperCase(Locale.ROOT))
                    .toList();
            if (idList.size() > MAX_IDS) {
                throw new InvalidInput("service_request_id", "lists at most " + MAX_IDS + " ids");
            }
            Set<Category> services = new java.util.LinkedHashSet<>();
            for (String code : commaList(serviceCodes)) {
                services.add(GeoReportServices.required("service_code", code).category());
            }
            Instant from = W3cDateTimes.parse("start_date", start);
            Instant to = W3cDateTimes.parse("end_date", end);
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidInput("end_date", "is not before start_date");
            }
            return new Query(
                    idList,
                    services,
                    from,
                    to,
                    GeoReportStatus.parse("status", status),
                    whole("page", page, 1, Integer.MAX_VALUE / MAX_RESULTS, 1),
                    whole("page_size", pageSize, 1, MAX_RESULTS, MAX_RESULTS));
        }

        private static int whole(String field, String value, int min, int max, int otherwise) {
            if (value == null || value.isBlank()) {
                return otherwise;
            }
            String digits = value.strip();
            if (!digits.matches("[0-9]{1,10}") || Long.parseLong(digits) < min || Long.parseLong(digits) > max) {
                throw new InvalidInput(field, "is a whole number from " + min + " to " + max);
            }
            return Integer.parseInt(digits);
        }

        private static List<String> commaList(String value) {
            if (value == null || value.isBlank()) {
                return List.of();
            }
            return java.util.Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(part -> !part.isEmpty())
                    .distinct()
                    .toList();
        }
    }

    /**
     * The jurisdiction's requests the query matches, newest first (then by case id, so that pages neither overlap nor
     * skip while no request is added): the query's page of at most {@code pageSize}. With ids, every one found.
     */
    @Transactional
    public List<ServiceRequest> search(String jurisdiction, Query query, Instant now) {
        StringBuilder where = new StringBuilder("c.communityId = :jurisdiction");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("jurisdiction", jurisdiction);
        if (!query.ids().isEmpty()) {
            where.append(" and c.trackingNumber in :ids");
            parameters.put("ids", query.ids());
        } else {
            Instant end = query.end() == null ? now : query.end();
            Instant start = query.start() == null ? end.minus(DEFAULT_WINDOW) : query.start();
            where.append(" and c.registeredAt >= :start and c.registeredAt <= :end");
            parameters.put("start", start);
            parameters.put("end", end);
            if (!query.services().isEmpty()) {
                where.append(" and c.category in :services");
                parameters.put("services", query.services());
            }
            if (query.status() != null) {
                where.append(
                        query.status() == GeoReportStatus.CLOSED
                                ? " and c.status = :closed"
                                : " and c.status <> :closed");
                parameters.put("closed", CaseStatus.CLOSED);
            }
        }
        TypedQuery<Case> select = cases.getEntityManager()
                .createQuery("from Case c where " + where + " order by c.registeredAt desc, c.id", Case.class);
        if (query.ids().isEmpty()) {
            select.setFirstResult((query.page() - 1) * query.pageSize()).setMaxResults(query.pageSize());
        }
        parameters.forEach(select::setParameter);
        return asRequests(select.getResultList());
    }

    /**
     * The jurisdiction's request with this tracking number.
     *
     * @throws NotFound when it has none
     */
    @Transactional
    public ServiceRequest find(String jurisdiction, String serviceRequestId) {
        String number = serviceRequestId.strip().toUpperCase(Locale.ROOT);
        List<Case> found = cases.getEntityManager()
                .createQuery("from Case c where c.communityId = ?1 and c.trackingNumber = ?2", Case.class)
                .setParameter(1, jurisdiction)
                .setParameter(2, number)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFound("No service request " + serviceRequestId + " in jurisdiction " + jurisdiction);
        }
        return asRequests(found).get(0);
    }

    /**
     * Registers the request as a case of the jurisdiction through the same intake as every case: its deadlines,
     * assignment and {@code case.registered} event. The case names the key's system as who registered it.
     */
    @Transactional
    public Submitted submit(String jurisdiction, Open311Key key, Open311Submission submission) {
        references.requireCommunity(jurisdiction);
        Case registered = intake.register(new Case.NewCaseFacts(
                jurisdiction,
                Channel.OPEN311,
                new Case.Matter(
                        submission.service().category(),
                        null,
                        null,
                        Case.Matter.titleOf(null, submission.description()),
                        submission.description()),
                submission.resident(),
                Case.Origin.DESK,
                registeredBy(key),
                null,
                submission.place()));
        Open311Intake kept = Open311Intake.of(registered.id(), jurisdiction, submission.mediaUrl());
        cases.getEntityManager().persist(kept);
        return new Submitted(registered.trackingNumber(), kept.token());
    }

    /** A request registered: the case's tracking number and the token the client may look it up by. */
    public record Submitted(String serviceRequestId, String token) {}

    /**
     * The request the token was given for, in the jurisdiction.
     *
     * @throws NotFound when the jurisdiction gave no such token
     */
    @Transactional
    public Submitted byToken(String jurisdiction, String token) {
        return cases.getEntityManager()
                .createQuery("""
                        select c.trackingNumber, i.token from Open311Intake i, Case c
                        where i.caseId = c.id and i.communityId = :jurisdiction and c.communityId = :jurisdiction
                          and i.token = :token""", Object[].class)
                .setParameter("jurisdiction", jurisdiction)
                .setParameter("token", token.strip())
                .getResultStream()
                .findFirst()
                .map(row -> new Submitted((String) row[0], (String) row[1]))
                .orElseThrow(() -> new NotFound("No token " + token.strip() + " in jurisdiction " + jurisdiction));
    }

    /** Who the case and its timeline name as having registered it: the system the key was issued to. */
    static String registeredBy(Open311Key key) {
        return "open311:" + key.name();
    }

    /**
     * The timeline lines shared with residents that were entered in {@code [start, end)} on the jurisdiction's cases,
     * oldest first, at most {@link #MAX_RESULTS}. Counted by when a line was entered, so that a line typed in later
     * from the paper log is not missed by a client that asks from where it left off.
     */
    @Transactional
    public List<ServiceRequestUpdate> updates(String jurisdiction, Instant start, Instant end) {
        List<Object[]> rows = cases.getEntityManager()
                .createQuery("""
                        select c, t from TimelineEntry t, Case c
                        where t.caseId = c.id and c.communityId = :jurisdiction and t.shareable = true
                          and t.enteredAt >= :start and t.enteredAt < :end
                        order by t.enteredAt, t.id""", Object[].class)
                .setParameter("jurisdiction", jurisdiction)
                .setParameter("start", start)
                .setParameter("end", end)
                .setMaxResults(MAX_RESULTS)
                .getResultList();
        List<ServiceRequestUpdate> updates = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            updates.add(ServiceRequestUpdate.of((Case) row[0], (TimelineEntry) row[1]));
        }
        return updates;
    }

    private List<ServiceRequest> asRequests(List<Case> found) {
        Collection<UUID> ids = found.stream().map(Case::id).toList();
        Map<UUID, List<TimelineEntry>> shared = cases.sharedTimelines(ids);
        Map<UUID, Referral> referrals = cases.latestReferrals(ids);
        Map<UUID, String> mediaUrls = new HashMap<>();
        if (!ids.isEmpty()) {
            cases.getEntityManager()
                    .createQuery(
                            "from Open311Intake i where i.caseId in :ids and i.mediaUrl is not null",
                            Open311Intake.class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(i -> mediaUrls.put(i.caseId(), i.mediaUrl()));
        }
        return found.stream()
                .map(c -> ServiceRequest.of(
                        c, shared.getOrDefault(c.id(), List.of()), referrals.get(c.id()), mediaUrls.get(c.id())))
                .toList();
    }
}
