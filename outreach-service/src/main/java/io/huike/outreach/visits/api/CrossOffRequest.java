package io.huike.outreach.visits.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When and how the household was told the outcome of its concern. */
@Schema(example = """
        {"toldOn":"2026-05-25","note":"上门告知马大爷管道已疏通，老人表示满意"}""")
public record CrossOffRequest(
        @NotNull LocalDate toldOn,
        @Size(max = 2000) @PlainText String note) {}
