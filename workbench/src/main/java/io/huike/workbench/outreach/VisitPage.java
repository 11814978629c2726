package io.huike.workbench.outreach;

import io.huike.workbench.outreach.client.ActivityKind;
import io.huike.workbench.outreach.client.VisitRecord;

/**
 * A visit as recorded, with each concern found on it and where it stands: waiting to become a case, its case, or the
 * case's outcome and the result to tell the household once it came back.
 *
 * @param householdName the household's name; null while outreach-service cannot tell it
 * @param saved whether the visit was just saved (the page confirms it)
 * @param counted what was done and counted for the pairing with the visit; null if nothing
 * @param canCrossOff whether the user may cross a concern off once the household was told (duty member, admin)
 * @param today the communities' today, the day a household is told unless the member says otherwise
 * @param crossedOff the concern just crossed off, or null
 * @param refusedConcern the concern whose crossing-off was refused, or null
 * @param problem what was refused, in the page's language, or null
 */
public record VisitPage(
        VisitRecord visit,
        String householdName,
        boolean saved,
        ActivityKind counted,
        boolean canCrossOff,
        String today,
        String crossedOff,
        String refusedConcern,
        String problem) {

    /** Whether this concern was just crossed off. */
    public boolean justCrossedOff(String concernId) {
        return concernId != null && concernId.equals(crossedOff);
    }

    /** Whether the problem shown belongs to this concern. */
    public boolean refused(String concernId) {
        return concernId != null && concernId.equals(refusedConcern);
    }
}
