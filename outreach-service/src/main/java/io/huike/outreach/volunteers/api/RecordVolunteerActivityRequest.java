package io.huike.outreach.volunteers.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A volunteer activity and who served in it for how many hours. */
@Schema(example = """
        {"title":"暑期四点半课堂","heldOn":"2026-07-20","description":"为双职工家庭孩子辅导作业",
         "served":[{"volunteerId":"3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b","hours":2.5}]}""")
public record RecordVolunteerActivityRequest(
        @NotBlank @Size(max = 200) @PlainText String title,
        @NotNull LocalDate heldOn,
        @Size(max = 2000) @PlainText String description,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Served> served) {

    /** One volunteer's hours, in half hours up to a day. */
    public record Served(
            @NotNull UUID volunteerId,

            @NotNull @DecimalMin("0.5") @DecimalMax("24.0") @Digits(integer = 2, fraction = 1)
            BigDecimal hours) {}
}
