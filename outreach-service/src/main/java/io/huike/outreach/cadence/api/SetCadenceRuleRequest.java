package io.huike.outreach.cadence.api;

import io.huike.outreach.cadence.CadencePeriod;
import io.huike.outreach.households.HouseholdKind;
import io.huike.outreach.pairings.ActivityKind;
import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cadence for one kind of household; daysBefore only for BEFORE_HOLIDAYS; in force from today by default. */
@Schema(example = """
        {"householdKind":"ELDERLY_LIVING_ALONE","activityKind":"PHONE_CALL","period":"MONTHLY",
         "description":"独居老人每月电话问候一次"}""")
public record SetCadenceRuleRequest(
        @NotNull HouseholdKind householdKind,
        @NotNull ActivityKind activityKind,
        @NotNull CadencePeriod period,
        @Min(1) @Max(60) Integer daysBefore,
        LocalDate effectiveFrom,
        @Size(max = 500) @PlainText String description) {}
