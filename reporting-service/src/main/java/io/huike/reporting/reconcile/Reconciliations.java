package io.huike.reporting.reconcile;

import io.huike.kernel.cases.CaseStatus;
import io.huike.reporting.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares reporting's case counts of a community, in total and per status, with the case service's own. The one
 * place this service calls another, and only to check: no figure is ever computed from the answer.
 */
@ApplicationScoped
public class Reconciliations {

    /** Every status a case can be in, each compared on its own. */
    static final List<String> STATUSES =
            Arrays.stream(CaseStatus.values()).map(Enum::name).toList();

    /** One count on both sides. */
    public record Line(String figure, long reporting, long caseService, boolean equal) {}

    /** The comparison; {@code equal} when every line is. */
    public record Reconciliation(String communityId, Instant checkedAt, boolean equal, List<Line> lines) {}

    private final EntityManager entityManager;
    private final CaseServiceCounts caseService;

    Reconciliations(EntityManager entityManager, CaseServiceCounts caseService) {
        this.entityManager = entityManager;
        this.caseService = caseService;
    }

    /** @param authorization the caller's own Authorization header, so the case service applies the caller's scope */
    public Reconciliation reconcile(String community, String authorization) {
        Map<String, Long> ours = new TreeMap<>();
        Query rows = entityManager
                .createNativeQuery("select status, count(*) from case_fact where community_id = ?1 group by status")
                .setParameter(1, community);
        NativeRows.list(rows, StatusCount::of).forEach(count -> ours.put(count.status(), count.cases()));
        List<Line> lines = new ArrayList<>();
        lines.add(line(
                "total",
                ours.values().stream().mapToLong(Long::longValue).sum(),
                theirs(community, authorization, null)));
        for (String status : STATUSES) {
            lines.add(line(status, ours.getOrDefault(status, 0L), theirs(community, authorization, status)));
        }
        return new Reconciliation(community, Instant.now(), lines.stream().allMatch(Line::equal), lines);
    }

    /** How many of the community's cases reporting holds in one status. */
    private record StatusCount(String status, long cases) {

        static StatusCount of(Object[] row) {
            return new StatusCount((String) row[0], NativeRows.number(row[1]));
        }
    }

    private long theirs(String community, String authorization, String status) {
        return caseService.count(community, authorization, status);
    }

    private static Line line(String figure, long reporting, long caseService) {
        return new Line(figure, reporting, caseService, reporting == caseService);
    }
}
