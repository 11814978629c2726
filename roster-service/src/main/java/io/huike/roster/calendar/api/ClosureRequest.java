package io.huike.roster.calendar.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day the community closes its reception room, and why. */
@Schema(example = """
        {"date":"2026-10-09","reason":"社区服务中心停电检修"}""")
public record ClosureRequest(
        @NotNull LocalDate date,
        @NotBlank @Size(max = 200) @PlainText String reason) {}
