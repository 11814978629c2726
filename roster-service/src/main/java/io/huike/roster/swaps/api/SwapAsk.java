package io.huike.roster.swaps.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Asks another member to take a shift, optionally in exchange for one of theirs. */
@Schema(example = """
        {"shiftId":"0d9c8b7a-6f5e-4d3c-8b2a-19f8e7d6c5b4","toMemberId":"6b5c4d3e-2f1a-4b0c-9d8e-7f6a5b4c3d2e",
         "counterShiftId":null,"note":"孩子家长会，请帮忙顶班"}""")
public record SwapAsk(
        @NotNull UUID shiftId,
        @NotNull UUID toMemberId,
        UUID counterShiftId,
        @Size(max = 200) @PlainText String note) {}
