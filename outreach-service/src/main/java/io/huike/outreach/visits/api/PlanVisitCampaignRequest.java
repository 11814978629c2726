package io.huike.outreach.visits.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visit campaign: named households and whole grids, each with the member who visits, and a due date. */
@Schema(example = """
        {"title":"汛期前独居老人走访","purpose":"检查排水、电线和燃气","dueDate":"2026-06-15",
         "households":[{"householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c",
         "memberId":"5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}],"grids":[{"gridId":"grid-3",
         "memberId":"5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}]}""")
public record PlanVisitCampaignRequest(
        @NotBlank @Size(max = 200) @PlainText String title,
        @Size(max = 2000) @PlainText String purpose,
        @NotNull LocalDate dueDate,
        @Size(max = 500) List<@NotNull @Valid HouseholdAssignment> households,
        @Size(max = 50) List<@NotNull @Valid GridAssignment> grids) {

    /** A household to visit and the member who visits it. */
    public record HouseholdAssignment(
            @NotNull UUID householdId,

            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "a member id: letters, digits, '-' and '_'")
            String memberId) {}

    /** Every active household of a grid, and the member who visits them. */
    public record GridAssignment(
            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "letters, digits, '-' and '_' only")
            String gridId,

            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "a member id: letters, digits, '-' and '_'")
            String memberId) {}
}
