package io.huike.reporting.figures;

/**
 * The rules that judge an open case at the moment {@code :now}, in SQL, for queries that add up many open cases in
 * the database: the same rules as {@code CaseFact.firstContactLate} and {@code CaseFact.feedbackLate}, for rows of
 * {@code case_fact} already restricted to {@code status <> 'CLOSED'}.
 */
final class OpenCaseRules {

    /** The first contact is not made and its deadline passed (announced, or by now). */
    static final String CONTACT_LATE =
            "(first_contact_at is null and (first_contact_overdue or first_contact_due_at < :now))";

    /** The resident still waits for the result after the feedback deadline. */
    static final String FEEDBACK_LATE = "(status <> 'FEEDBACK_GIVEN' and (feedback_overdue or feedback_due_at < :now))";

    private OpenCaseRules() {}
}
