package io.huike.cases.lookup.api;

import io.huike.cases.Category;
import io.huike.kernel.cases.CaseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a resident reads of their case by its tracking number: no names of staff, none of the resident's data, no
 * description beyond the timeline lines marked shareable.
 */
public record CaseStatusView(
        @Schema(example = "GL-2026-000123") String trackingNumber,
        Category category,
        CaseStatus status,

        @Schema(description = "The day the matter was registered (Asia/Shanghai)", example = "2026-05-06")
        LocalDate registeredOn,

        @Schema(description = "When the resident is to be contacted first, and whether they were")
        Deadline firstContact,

        @Schema(description = "When the resident is to be told the result, and whether they were")
        Deadline feedback,

        @Schema(description = "The lines of the case's timeline marked shareable, oldest first")
        List<Entry> timeline) {

    /** A promise to the resident and whether it was kept. */
    public record Deadline(Instant dueAt, boolean met) {}

    /** A shareable timeline line: when, and what. */
    public record Entry(Instant at, String text) {}
}
