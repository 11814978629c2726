package io.huike.workbench.desk;

import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The visit form as the browser sends it. Each matter row sends all four of its fields, so the lists line up by
 * row: the i-th category, urgency, grid and description belong to the i-th row.
 */
public class VisitForm {

    @RestForm
    public String visitedAt;

    @RestForm
    public String roomId;

    @RestForm
    public String dutyMemberId;

    @RestForm
    public String peopleCount;

    @RestForm
    public String visitorName;

    @RestForm
    public String visitorPhone;

    @RestForm
    public String summary;

    @RestForm
    public List<String> matterCategory;

    @RestForm
    public List<String> matterUrgency;

    @RestForm
    public List<String> matterGrid;

    @RestForm
    public List<String> matterDescription;
}
