package io.huike.outreach.visits.api;

import io.huike.outreach.visits.Category;
import io.huike.outreach.visits.Urgency;
import io.huike.plumbing.validation.NoPersonalNumbers;
import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A problem found on a visit. Title and description travel to the case service, so they may not carry phone or
 * ID numbers, however they are written.
 */
public record ConcernRequest(
        @NotNull Category category,
        Urgency urgency,

        @NotBlank @Size(max = 200) @PlainText @NoPersonalNumbers
        String title,

        @NotBlank @Size(max = 4000) @PlainText @NoPersonalNumbers
        String description) {}
