package io.huike.outreach.pairings.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member to pair with a household, from a start date. */
@Schema(example = """
        {"memberId":"5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d","householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c",
         "startDate":"2026-01-05"}""")
public record EstablishPairingRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "a member id: letters, digits, '-' and '_'")
        String memberId,

        @NotNull UUID householdId,
        @NotNull LocalDate startDate) {}
