package io.huike.workbench.outreach.client;

import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.Urgency;
import java.time.LocalDate;
import java.util.List;

/** A visit to a household with the problems found on it, as outreach-service takes it. */
public record RecordVisit(
        String householdId, String memberId, LocalDate visitedOn, String notes, List<Concern> concerns) {

    /** A problem found on the visit; outreach-service has it registered as a case. */
    public record Concern(Category category, Urgency urgency, String title, String description) {}
}
