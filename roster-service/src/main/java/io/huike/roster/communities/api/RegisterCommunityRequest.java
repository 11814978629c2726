package io.huike.roster.communities.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A community as the district registers it. */
@Schema(example = """
        {"id":"gulou","name":"鼓楼社区","code":"GL","subdistrict":"老城街道","district":"汉滨区"}""")
public record RegisterCommunityRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,63}", message = "lower-case letters, digits and '-', 2 to 64")
        String id,

        @NotBlank @Size(max = 200) @PlainText String name,

        @NotBlank @Pattern(regexp = "[A-Z]{1,8}", message = "1 to 8 capital letters")
        String code,

        @NotBlank @Size(max = 200) @PlainText String subdistrict,
        @NotBlank @Size(max = 200) @PlainText String district) {}
