package io.huike.roster.members.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Days a member cannot take duty, both ends included. */
@Schema(example = """
        {"firstDay":"2026-05-11","lastDay":"2026-05-15","reason":"外出培训"}""")
public record LeaveRequest(
        @NotNull LocalDate firstDay,
        @NotNull LocalDate lastDay,
        @Size(max = 200) @PlainText String reason) {}
