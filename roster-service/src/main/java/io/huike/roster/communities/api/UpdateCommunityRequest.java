package io.huike.roster.communities.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A community's new name and place in the district; its id and code stay. */
@Schema(example = """
        {"name":"鼓楼社区","subdistrict":"老城街道","district":"汉滨区"}""")
public record UpdateCommunityRequest(
        @NotBlank @Size(max = 200) @PlainText String name,
        @NotBlank @Size(max = 200) @PlainText String subdistrict,
        @NotBlank @Size(max = 200) @PlainText String district) {}
