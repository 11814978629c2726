package io.huike.workbench.status.client;

import io.huike.kernel.cases.CaseStatus;
import io.huike.workbench.cases.Category;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a resident may read of their case, as case-service's lookup answers it: the number, category, status, the
 * day it was registered, its two promises and whether they were kept, and the timeline lines shared with the
 * resident. Nothing about the resident, nothing about the staff.
 */
public record CaseStatusView(
        String trackingNumber,
        Category category,
        CaseStatus status,
        LocalDate registeredOn,
        Deadline firstContact,
        Deadline feedback,
        List<Entry> timeline) {

    /** A promise to the resident and whether it was kept. */
    public record Deadline(Instant dueAt, boolean met) {}

    /** A shared timeline line: when, and what. */
    public record Entry(Instant at, String text) {}

    public List<Entry> timeline() {
        return timeline == null ? List.of() : timeline;
    }
}
