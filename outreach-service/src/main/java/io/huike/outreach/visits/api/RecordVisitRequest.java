package io.huike.outreach.visits.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visit to a household, in a campaign or not, with the problems found on it. */
@Schema(example = """
        {"householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c","campaignId":null,
         "memberId":"5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d","visitedOn":"2026-05-06","notes":"老人身体尚可，厨房下水不畅",
         "concerns":[{"category":"WATER_DRAINAGE","urgency":"NORMAL","title":"厨房下水道堵塞",
         "description":"楼栋主管道返水，已影响三户"}]}""")
public record RecordVisitRequest(
        @NotNull UUID householdId,
        UUID campaignId,

        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "a member id: letters, digits, '-' and '_'")
        String memberId,

        @NotNull LocalDate visitedOn,
        @Size(max = 4000) @PlainText String notes,
        @Size(max = 20) List<@NotNull @Valid ConcernRequest> concerns) {}
