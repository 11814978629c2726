package io.huike.outreach.cadence.api;

import io.huike.outreach.cadence.CadencePeriod;
import io.huike.outreach.cadence.CadenceRule;
import io.huike.outreach.households.HouseholdKind;
import io.huike.outreach.pairings.ActivityKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cadence rule as callers see it. */
@Schema(example = """
        {"id":"4f3e2d1c-0b9a-4f8e-9d7c-6b5a4f3e2d1c","communityId":"gulou","householdKind":"ELDERLY_LIVING_ALONE",
         "activityKind":"PHONE_CALL","period":"MONTHLY","daysBefore":null,"effectiveFrom":"2026-01-01",
         "description":"独居老人每月电话问候一次","createdBy":"admin-li","createdAt":"2026-01-01T01:00:00Z"}""")
public record CadenceRuleView(
        UUID id,
        String communityId,
        HouseholdKind householdKind,
        ActivityKind activityKind,
        CadencePeriod period,
        Integer daysBefore,
        LocalDate effectiveFrom,
        String description,
        String createdBy,
        Instant createdAt) {

    static CadenceRuleView of(CadenceRule r) {
        return new CadenceRuleView(
                r.id(),
                r.communityId(),
                r.householdKind(),
                r.activityKind(),
                r.period(),
                r.daysBefore(),
                r.effectiveFrom(),
                r.description(),
                r.createdBy(),
                r.createdAt());
    }
}
