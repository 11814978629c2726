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
     * The open cases that may be late at {@code :now}: more than {@link #CONTACT_LATE} or {@link #FEEDBACK_LATE}
     * select, never fewer, written as three arms the V8 migration's partial indexes answer, so that a query for late
     * cases reads these few rows and judges them with the two rules.
     */
    public static final String MAY_BE_LATE = "((" + OPEN + " and (first_contact_overdue or feedback_overdue))"
            + " or (" + OPEN + " and first_contact_at is null and not first_contact_overdue"
            + " and first_contact_due_at < :now)"
            + " or (status in " + CaseStatus.sqlList(CaseStatus::awaitsFeedback)
            + " and not feedback_overdue and feedback_due_at < :now))";

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
