package io.huike.outreach.pairings.api;

import io.huike.outreach.pairings.ActivityKind;
import io.huike.outreach.pairings.OutreachActivity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An outreach activity as callers see it. */
@Schema(example = """
        {"id":"6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c","pairingId":"9e8d7c6b-5a49-4382-b716-0f1e2d3c4b5a",
         "householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c","memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
         "kind":"HOME_VISIT_WITH_SUPPORT","oneOfTheFour":true,"doneOn":"2026-02-10","notes":"春节前走访，送去米面油",
         "recordedBy":"member-wang","recordedAt":"2026-02-10T07:30:00Z"}""")
public record ActivityView(
        UUID id,
        UUID pairingId,
        UUID householdId,
        String memberId,
        ActivityKind kind,
        boolean oneOfTheFour,
        LocalDate doneOn,
        String notes,
        String recordedBy,
        Instant recordedAt) {

    static ActivityView of(OutreachActivity a) {
        return new ActivityView(
                a.id(),
                a.pairingId(),
                a.householdId(),
                a.memberId(),
                a.kind(),
                a.kind().isOneOfTheFour(),
                a.doneOn(),
                a.notes(),
                a.recordedBy(),
                a.recordedAt());
    }
}
