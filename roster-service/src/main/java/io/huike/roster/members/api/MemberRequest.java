package io.huike.roster.members.api;

import io.huike.plumbing.validation.PlainText;
import io.huike.roster.members.MemberDetails;
import io.huike.roster.members.MemberKind;
import io.huike.roster.members.Skill;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member as an admin registers or updates them; {@code active} is true unless stated. */
@Schema(example = """
        {"name":"王建国","phone":"13812345678","kind":"COMMUNITY_STAFF","partyMember":true,"unit":"鼓楼社区居委会",
         "skills":["MEDIATION","POLICY"],"duties":"综治专干","active":true}""")
public record MemberRequest(
        @NotBlank @Size(max = 100) @PlainText String name,

        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{4,18}", message = "digits, spaces and '-', 5 to 20")
        String phone,

        @NotNull MemberKind kind,
        boolean partyMember,
        @Size(max = 200) @PlainText String unit,
        @NotNull Set<@NotNull Skill> skills,
        @Size(max = 500) @PlainText String duties,
        Boolean active) {

    MemberDetails details() {
        return new MemberDetails(
                name.strip(), phone.strip(), kind, partyMember, unit, skills, duties, active == null || active);
    }
}
