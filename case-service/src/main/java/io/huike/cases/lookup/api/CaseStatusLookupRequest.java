package io.huike.cases.lookup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resident's lookup: the tracking number they were given and the last four digits of the phone they gave. */
public record CaseStatusLookupRequest(
        @Schema(description = "The case's tracking number, in either case", example = "GL-2026-000123")
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, '-' and '_' only")
        String trackingNumber,

        @Schema(description = "The last four digits of the phone number given at registration", example = "5678")
        @NotNull
        @Pattern(regexp = "[0-9]{4}", message = "exactly four digits")
        String phoneLast4) {}
