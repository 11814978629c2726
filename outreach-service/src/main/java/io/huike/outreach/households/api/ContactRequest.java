package io.huike.outreach.households.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person to phone for a household. */
public record ContactRequest(
        @NotBlank @Size(max = 100) @PlainText String name,
        @NotBlank @Size(max = 50) @PlainText String relation,

        @NotBlank @Pattern(regexp = "[0-9+() -]{3,20}", message = "digits, spaces, '+', '-' and brackets only, 3 to 20")
        String phone) {}
