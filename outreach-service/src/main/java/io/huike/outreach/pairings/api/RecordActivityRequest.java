package io.huike.outreach.pairings.api;

import io.huike.outreach.pairings.ActivityKind;
import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a member did with the paired household, and when; the member defaults to the pairing's. */
@Schema(example = """
        {"kind":"HOME_VISIT_WITH_SUPPORT","doneOn":"2026-02-10","notes":"春节前走访，送去米面油，帮忙核对常用药"}""")
public record RecordActivityRequest(
        @NotNull ActivityKind kind,
        @NotNull LocalDate doneOn,

        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "a member id: letters, digits, '-' and '_'")
        String memberId,

        @Size(max = 4000) @PlainText String notes) {}
