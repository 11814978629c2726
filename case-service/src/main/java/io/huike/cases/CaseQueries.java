package io.huike.cases;

import io.huike.kernel.cases.CaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Finds cases by filters and text, always within the communities given; never across them. */
@ApplicationScoped
public class CaseQueries {

    /** A case counts as a likely duplicate when it shares this share of the new text's two-character pieces. */
    static final double DUPLICATE_SIMILARITY = 0.3;

    static final int DUPLICATE_WINDOW_DAYS = 30;

    /** {@link Case#dueAt} of the first contact in SQL: it runs while no contact is made on an open case. */
    static final String FIRST_CONTACT_RUNS =
            "c.first_contact_at is null and c.status in " + CaseStatus.sqlList(CaseStatus::isOpen);

    /** {@link Case#dueAt} of the feedback in SQL: it runs while the resident waits for the result. */
    static final String FEEDBACK_RUNS = "c.status in " + CaseStatus.sqlList(CaseStatus::awaitsFeedback);

    /**
     * {@link Case#isOverdue} in SQL, for rows of {@code cases c} at {@code :now}; {@code DeadlineRulesInSqlTest} checks
     * it against the Java rule for every status.
     */
    static final String OVERDUE = "((" + FIRST_CONTACT_RUNS + " and c.first_contact_due_at < :now) or (" + FEEDBACK_RUNS
            + " and c.feedback_due_at < :now))";

    private final EntityManager entityManager;

    CaseQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What a list of cases may be narrowed by; null means no restriction. */
    public record Filter(
            Set<CaseStatus> statuses,
            Category category,
            Channel channel,
            String assigneeId,
            String gridId,
            Boolean overdue,
            LocalDate registeredFrom,
            LocalDate registeredTo,
            String text) {}

    /** The orders a list can come in. */
    public enum Sort {
        NEWEST("c.registered_at desc"),
        OLDEST("c.registered_at asc"),
        FEEDBACK_DUE("c.feedback_due_at asc nulls last"),
        FIRST_CONTACT_DUE("c.first_contact_due_at asc nulls last");

        private final String sql;

        Sort(String sql) {
            this.sql = sql;
        }
    }

    /** One page of a list and how many match in all. */
    public record Page(List<Case> cases, long total) {}

    public Page list(String community, Filter filter, Sort sort, int page, int size, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(community, filter, now, params);
        Query select = entityManager.createNativeQuery(
                "select c.* from cases c where " + where + " order by " + sort.sql
                        + ", c.id limit :limit offset :offset",
                Case.class);
        Query count = entityManager.createNativeQuery("select count(*) from cases c where " + where);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setParameter("limit", size).setParameter("offset", page * size);
        @SuppressWarnings("unchecked")
        List<Case> cases = select.getResultList();
        return new Page(cases, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Recent cases of the same community, category and grid whose text resembles the new one: what the desk
     * should look at before registering the same matter twice.
     */
    public List<Case> likelyDuplicates(
            String community, Category category, String gridId, String text, Instant now, Collection<UUID> excluding) {
        Set<String> pieces = SearchText.bigrams(text);
        if (pieces.isEmpty()) {
            return List.of();
        }
        String sql = """
                select c.* from cases c
                where c.community_id = :community and c.category = :category and c.closed_at is null
                  and c.duplicate_of is null and c.registered_at > :since
                  and (cast(:grid as varchar) is null or c.grid_id = :grid)
                  and cardinality(array(select unnest(c.search_bigrams) intersect select unnest(cast(:pieces as text[]))))
                      >= :needed
                order by c.registered_at desc limit 5""";
        @SuppressWarnings("unchecked")
        List<Case> found = entityManager
                .createNativeQuery(sql, Case.class)
                .setParameter("community", community)
                .setParameter("category", category.name())
                .setParameter("since", now.minus(java.time.Duration.ofDays(DUPLICATE_WINDOW_DAYS)))
                .setParameter("grid", gridId)
                .setParameter("pieces", arrayLiteral(pieces))
                .setParameter("needed", (int) Math.ceil(pieces.size() * DUPLICATE_SIMILARITY))
                .getResultList();
        return found.stream().filter(c -> !excluding.contains(c.id())).toList();
    }

    /** Open cases of a community with a deadline falling due before {@code until} and not yet passed (催办). */
    public List<Case> fallingDue(String community, Instant now, Instant until) {
        @SuppressWarnings("unchecked")
        List<Case> found = entityManager
                .createNativeQuery("""
                select c.* from cases c where c.community_id = :community and c.closed_at is null and (
                   (""" + FIRST_CONTACT_RUNS + """
                    and c.first_contact_due_at >= :now and c.first_contact_due_at < :until)
                or (""" + FEEDBACK_RUNS + """
                    and c.feedback_due_at >= :now and c.feedback_due_at < :until))
                order by least(case when c.first_contact_at is null then c.first_contact_due_at end, c.feedback_due_at)
                limit 500""", Case.class)
                .setParameter("community", community)
                .setParameter("now", now)
                .setParameter("until", until)
                .getResultList();
        return found;
    }

    /** Overdue open cases across communities, longest overdue first: what the district supervises (督办). */
    public List<Case> overdue(Collection<String> communities, Instant now, int limit) {
        if (communities.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Case> found = entityManager
                .createNativeQuery("""
                select c.* from cases c where c.community_id in (:communities) and c.closed_at is null
                and """ + OVERDUE + """
                order by least(case when c.first_contact_at is null then c.first_contact_due_at end, c.feedback_due_at)
                limit :limit""", Case.class)
                .setParameter("communities", communities)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return found;
    }

    private static String where(String community, Filter f, Instant now, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("c.community_id = :community");
        params.put("community", community);
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            clauses.add("c.status in (:statuses)");
            params.put("statuses", f.statuses().stream().map(Enum::name).toList());
        }
        if (f.category() != null) {
            clauses.add("c.category = :category");
            params.put("category", f.category().name());
        }
        if (f.channel() != null) {
            clauses.add("c.channel = :channel");
            params.put("channel", f.channel().name());
        }
        if (f.assigneeId() != null) {
            clauses.add("c.assignee_id = :assignee");
            params.put("assignee", f.assigneeId());
        }
        if (f.gridId() != null) {
            clauses.add("c.grid_id = :grid");
            params.put("grid", f.gridId());
        }
        if (f.overdue() != null) {
            clauses.add(f.overdue() ? OVERDUE : "not " + OVERDUE);
            params.put("now", now);
        }
        if (f.registeredFrom() != null) {
            clauses.add("c.registered_at >= :from");
            params.put(
                    "from",
                    f.registeredFrom()
                            .atStartOfDay(io.huike.cases.deadlines.DeadlineCalculator.COMMUNITY_ZONE)
                            .toInstant());
        }
        if (f.registeredTo() != null) {
            clauses.add("c.registered_at < :to");
            params.put(
                    "to",
                    f.registeredTo()
                            .plusDays(1)
                            .atStartOfDay(io.huike.cases.deadlines.DeadlineCalculator.COMMUNITY_ZONE)
                            .toInstant());
        }
        if (f.text() != null && !f.text().isBlank()) {
            Set<String> pieces = SearchText.bigrams(f.text());
            if (pieces.size() == 1
                    && pieces.iterator()
                                    .next()
                                    .codePointCount(0, pieces.iterator().next().length())
                            == 1) {
                clauses.add("strpos(lower(c.title || ' ' || c.description), :single) > 0");
                params.put("single", pieces.iterator().next());
            } else if (!pieces.isEmpty()) {
                // The GIN index finds candidates by their pieces; all of the query's pieces must be there.
                clauses.add("c.search_bigrams @> cast(:pieces as text[])");
                params.put("pieces", arrayLiteral(pieces));
            }
        }
        return String.join(" and ", clauses);
    }

    /** A PostgreSQL array literal; pieces hold only letters and digits, quoted all the same. */
    private static String arrayLiteral(Set<String> pieces) {
        return pieces.stream()
                .map(p -> "\"" + p.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
