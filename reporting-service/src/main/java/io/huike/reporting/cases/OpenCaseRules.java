package io.huike.reporting.cases;

import io.huike.kernel.cases.CaseStatus;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules that judge a case at the moment {@code :now}, in SQL over {@code case_fact}, for queries that add up many
 * cases in the database: the same rules as {@link CaseFact#isOpen}, {@link CaseFact#firstContactLate} and
 * {@link CaseFact#feedbackLate}, with the statuses taken from {@link CaseStatus}, and the outcomes that
 * {@link CaseContribution} leaves out of the resolution and response rates, taken from it. {@code OpenCaseRulesTest}
 * holds the two together.
 */
public final class OpenCaseRules {

    /** The case is not closed. In parentheses, as all three are, so that no text block's trimmed space is missed. */
    public static final String OPEN = "(status in " + CaseStatus.sqlList(CaseStatus::isOpen) + ")";

    /** The first contact is not made and its deadline passed (announced, or by now). */
    public static final String CONTACT_LATE =
            "(" + OPEN + " and first_contact_at is null and (first_contact_overdue or first_contact_due_at < :now))";

    /** The resident still waits for the result after the feedback deadline. */
    public static final String FEEDBACK_LATE = "(status in " + CaseStatus.sqlList(CaseStatus::awaitsFeedback)
            + " and (feedback_overdue or feedback_due_at < :now))";

    /**
     * Open cases the case service announced overdue: all but a few of the late ones. The V9 migration's covering
     * index holds exactly these, so that overdue work reads them from the index alone.
     */
    public static final String ANNOUNCED_OVERDUE = "(" + OPEN + " and (first_contact_overdue or feedback_overdue))";

    /**
     * Open cases with a deadline passed that nobody announced yet (the case service's sweep runs every few minutes):
     * written as two arms the V8 migration's partial indexes answer, so that a query reads only these few rows and
     * judges them with {@link #CONTACT_LATE} and {@link #FEEDBACK_LATE}. Together with {@link #ANNOUNCED_OVERDUE}
     * they hold every late case, and no case is in both.
     */
    public static final String PASSED_UNANNOUNCED = "(((" + OPEN + " and first_contact_at is null"
            + " and not first_contact_overdue and first_contact_due_at < :now)"
            + " or (status in " + CaseStatus.sqlList(CaseStatus::awaitsFeedback)
            + " and not feedback_overdue and feedback_due_at < :now))"
            + " and not first_contact_overdue and not feedback_overdue)";

    /** The case has an outcome that counts towards the resolution rate ({@link CaseContribution#NOT_TO_RESOLVE}). */
    public static final String OUTCOME_TO_RESOLVE =
            "(outcome is not null and outcome not in " + sqlList(CaseContribution.NOT_TO_RESOLVE) + ")";

    /** The case is one to contact at all ({@link CaseContribution#NOT_TO_CONTACT}). */
    public static final String TO_CONTACT =
            "(outcome is null or outcome not in " + sqlList(CaseContribution.NOT_TO_CONTACT) + ")";

    private OpenCaseRules() {}

    private static String sqlList(Set<String> outcomes) {
        return new TreeSet<>(outcomes).stream().map(o -> "'" + o + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
