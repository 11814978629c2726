package io.huike.outreach.households.api;

import io.huike.outreach.households.HouseholdKind;
import io.huike.plumbing.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A household as the community registers it. */
@Schema(example = """
        {"name":"马大爷","kind":"ELDERLY_LIVING_ALONE","address":"鼓楼巷 12 号 2 单元 301","gridId":"grid-3",
         "needs":"行动不便，需要代缴医保、代取药","contacts":[{"name":"马建国","relation":"儿子","phone":"13812345678"}]}""")
public record RegisterHouseholdRequest(
        @NotBlank @Size(max = 100) @PlainText String name,
        @NotNull HouseholdKind kind,
        @NotBlank @Size(max = 300) @PlainText String address,

        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, '-' and '_' only")
        String gridId,

        @Size(max = 2000) @PlainText String needs,
        @Size(max = 10) List<@NotNull @Valid ContactRequest> contacts) {}
