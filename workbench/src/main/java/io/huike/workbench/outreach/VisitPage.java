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
 */
public record VisitPage(VisitRecord visit, String householdName, boolean saved, ActivityKind counted) {}
