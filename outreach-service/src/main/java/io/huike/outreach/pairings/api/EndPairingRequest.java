package io.huike.outreach.pairings.api;

import io.huike.outreach.pairings.EndReason;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When and why a pairing ends. */
@Schema(example = """
        {"endDate":"2026-09-30","reason":"HOUSEHOLD_MOVED_AWAY"}""")
public record EndPairingRequest(
        @NotNull LocalDate endDate, @NotNull EndReason reason) {}
