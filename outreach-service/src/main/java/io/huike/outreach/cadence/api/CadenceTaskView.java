package io.huike.outreach.cadence.api;

import io.huike.outreach.cadence.CadencePeriod;
import io.huike.outreach.cadence.CadenceQueries;
import io.huike.outreach.cadence.CadenceTask;
import io.huike.outreach.pairings.ActivityKind;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A household that still waits for a cadence's activity in a window, due by its last day or overdue. */
@Schema(example = """
        {"householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c","householdName":"马大爷",
         "ruleId":"4f3e2d1c-0b9a-4f8e-9d7c-6b5a4f3e2d1c","activityKind":"PHONE_CALL","period":"MONTHLY",
         "from":"2026-06-01","dueBy":"2026-06-30","occasion":null,"status":"DUE"}""")
public record CadenceTaskView(
        UUID householdId,
        String householdName,
        UUID ruleId,
        ActivityKind activityKind,
        CadencePeriod period,
        LocalDate from,
        LocalDate dueBy,
        String occasion,
        CadenceTask.Status status) {

    static CadenceTaskView of(CadenceQueries.HouseholdTask t) {
        return new CadenceTaskView(
                t.householdId(),
                t.householdName(),
                t.rule().id(),
                t.rule().activityKind(),
                t.rule().period(),
                t.task().window().from(),
                t.task().window().to(),
                t.task().window().occasion(),
                t.task().status());
    }
}
