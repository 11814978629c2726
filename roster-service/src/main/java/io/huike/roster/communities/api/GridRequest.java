package io.huike.roster.communities.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A grid of the community. */
@Schema(example = """
        {"id":"grid-3","name":"第三网格","description":"新华巷、鼓楼巷一带"}""")
public record GridRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "lower-case letters, digits and '-', 1 to 64")
        String id,

        @NotBlank @Size(max = 200) @PlainText String name,
        @Size(max = 500) @PlainText String description) {}
