package io.huike.workbench.cases;

import io.huike.kernel.cases.CaseStatus;
import io.huike.workbench.cases.client.CaseRecord;
import java.util.List;

/**
 * A list of cases: the user's own or the community's queue, with the filters used, one page of cases, the way to
 * the other pages, and the cases falling due soon (催办).
 *
 * @param mine whether these are the user's own cases
 * @param memberMissing the user has no member id, so no case can be theirs
 */
public record CaseListView(
        boolean mine,
        boolean memberMissing,
        Filter filter,
        List<Row> rows,
        long total,
        int page,
        String previousHref,
        String nextHref,
        List<Row> reminders,
        boolean remindersShown) {

    /**
     * The filters of the queue, as the form shows them.
     *
     * @param open every status but closed (the queue's default)
     * @param status one status; with {@code open} false and no status, every status
     */
    public record Filter(boolean open, CaseStatus status, Category category, boolean overdue, String q) {

        public boolean allStatuses() {
            return !open && status == null;
        }
    }

    /** The page's number as people count, from 1. */
    public int pageNumber() {
        return page + 1;
    }

    /** One case of the list with what the list shows of it. */
    public record Row(CaseRecord c, String assigneeName, DeadlineView firstContact, DeadlineView feedback) {

        /** The deadline to show first: one passed unmet, else the one that runs out first. */
        public DeadlineView next() {
            if (firstContact.isOverdue()) {
                return firstContact;
            }
            if (feedback.isOverdue()) {
                return feedback;
            }
            boolean contactRuns = firstContact.state() == DeadlineView.State.RUNNING
                    || firstContact.state() == DeadlineView.State.DUE_SOON;
            return contactRuns ? firstContact : feedback;
        }

        /** Whether the next deadline shown is the first-contact one. */
        public boolean nextIsFirstContact() {
            return next() == firstContact;
        }
    }
}
