package io.huike.roster.members.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Days a member cannot take duty, both ends included. */
public record LeaveRequest(@NotNull LocalDate firstDay, @NotNull LocalDate lastDay,
        @Size(max = 200) @PlainText String reason) {
}
