package io.huike.outreach.campaigns.api;

import io.huike.outreach.campaigns.ContactOutcome;
import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of contacting someone on the list; the time defaults to now. */
@Schema(example = """
        {"outcome":"DONE","note":"已于上周接种","contactedAt":"2026-06-02T02:15:00Z"}""")
public record RecordContactRequest(
        @NotNull ContactOutcome outcome,
        @Size(max = 2000) @PlainText String note,
        Instant contactedAt) {}
