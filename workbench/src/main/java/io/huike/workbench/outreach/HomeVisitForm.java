package io.huike.workbench.outreach;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The home visit form as the phone sends it: the day, what was done, notes, and a concern found on the visit.
 * {@code recordedActivity} comes back hidden when what was done was saved but the visit itself was refused, so that
 * sending the form again does not save it twice.
 */
public class HomeVisitForm {

    @RestForm
    public String visitedOn;

    @RestForm
    public String kind;

    @RestForm
    public String notes;

    @RestForm
    public String concernCategory;

    @RestForm
    public String concernUrgency;

    @RestForm
    public String concernDescription;

    @RestForm
    public String recordedActivity;

    @RestForm
    public String recordedKind;
}
