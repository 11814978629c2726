package io.huike.outreach.campaigns.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification campaign: its purpose, due date and the list of people to contact. */
@Schema(example = """
        {"title":"新冠疫苗第二针提醒","purpose":"逐人提醒接种第二针，登记已接种情况","dueDate":"2026-07-31",
         "targets":[{"householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c"},
                    {"residentName":"李秀英","gridId":"grid-3"}]}""")
public record LaunchCampaignRequest(
        @NotBlank @Size(max = 200) @PlainText String title,
        @NotBlank @Size(max = 2000) @PlainText String purpose,
        @NotNull LocalDate dueDate,
        @NotEmpty @Size(max = 5000) List<@NotNull @Valid Target> targets) {

    /** A registered household, or a resident by name (and grid). */
    public record Target(
            UUID householdId,
            @Size(max = 100) @PlainText String residentName,

            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, '-' and '_' only")
            String gridId) {

        @AssertTrue(message = "name a household or a resident, not both")
        @Schema(hidden = true)
        public boolean isHouseholdOrResident() {
            return (householdId == null) != (residentName == null || residentName.isBlank());
        }
    }
}
