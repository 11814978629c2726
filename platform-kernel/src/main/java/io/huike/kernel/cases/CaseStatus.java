package io.huike.kernel.cases;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where a case stands in its lifecycle, from registration to closing, as the case service publishes it; with the two
 * rules every deadline depends on. The case service's entity and queries and reporting's read model and queries all
 * take them from here (the SQL through {@link #sqlList}), so they cannot judge a status differently.
 */
public enum CaseStatus {
    REGISTERED,
    ASSIGNED,
    IN_PROGRESS,
    REFERRED,
    ESCALATED,
    RESOLVED,
    FEEDBACK_GIVEN,
    CLOSED,
    REOPENED;

    /** The case is not closed: its first-contact deadline still runs while no contact is made. */
    public boolean isOpen() {
        return this != CLOSED;
    }

    /** The resident still waits to be told the result, so the feedback deadline still runs. */
    public boolean awaitsFeedback() {
        return this != FEEDBACK_GIVEN && this != CLOSED;
    }

    /** Whether a status name, as stored or published, is one of the statuses the rule holds for. */
    public static boolean holds(Predicate<CaseStatus> rule, String status) {
        return rule.test(valueOf(status));
    }

    /** The statuses the rule holds for, e.g. {@code where(CaseStatus::isOpen)}, for a query parameter. */
    public static List<CaseStatus> where(Predicate<CaseStatus> rule) {
        return Arrays.stream(values()).filter(rule).toList();
    }

    /** The statuses the rule holds for as a SQL list, e.g. {@code ('REGISTERED', 'ASSIGNED')}, for {@code status in}. */
    public static String sqlList(Predicate<CaseStatus> rule) {
        return where(rule).stream()
                .map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
