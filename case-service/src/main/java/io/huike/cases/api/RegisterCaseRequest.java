package io.huike.cases.api;

import io.huike.cases.Category;
import io.huike.cases.Channel;
import io.huike.cases.Urgency;
import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A case as the desk registers it. */
public record RegisterCaseRequest(
        @NotNull Channel channel,
        @NotNull Category category,
        Urgency urgency,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, '-' and '_' only") String gridId,
        @NotBlank @Size(max = 4000) @PlainText String description) {
}
