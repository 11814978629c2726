package io.huike.workbench.outreach;

import io.huike.workbench.outreach.client.ActivityKind;
import io.huike.workbench.outreach.client.HouseholdRecord;
import io.huike.workbench.outreach.client.VisitRecord;
import java.util.List;

/**
 * A household's page on the phone: who they are and whom to call, the four ones of the member's pairing with them,
 * the form to record a visit, and the recent visits with their concerns.
 *
 * @param card the four ones of the member's running pairing with the household; null when not paired
 * @param canRecord whether the user's role may record visits (outreach-service lets duty members and admins)
 * @param problem a refusal of the whole visit by outreach-service, in the user's language; empty if none
 * @param today the community's today, the latest day the form takes
 */
public record HouseholdPage(
        HouseholdRecord household,
        FourOnesCard card,
        boolean memberKnown,
        boolean canRecord,
        HomeVisitDraft draft,
        List<HomeVisitDraft.ErrorLink> errorSummary,
        String problem,
        String today,
        List<VisitRecord> visits,
        boolean visitsKnown) {

    /** What can be chosen as done on the visit: the four ones first, then the others. */
    public static final List<ActivityKind> KINDS = List.of(ActivityKind.values());

    public boolean paired() {
        return card != null;
    }

    public List<ActivityKind> kinds() {
        return KINDS;
    }

    public boolean hasErrors() {
        return !errorSummary.isEmpty() || !problem.isEmpty();
    }
}
