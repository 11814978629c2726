package io.huike.reporting.cases;

import io.huike.kernel.cases.CaseStatus;

/**
 * The rules that judge a case at the moment {@code :now}, in SQL over {@code case_fact}, for queries that add up many
 * cases in the database: the same rules as {@link CaseFact#isOpen}, {@link CaseFact#firstContactLate} and
 * {@link CaseFact#feedbackLate}, with the statuses taken from {@link CaseStatus}. {@code OpenCaseRulesTest} holds the
 * two together.
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

    private OpenCaseRules() {}
}
