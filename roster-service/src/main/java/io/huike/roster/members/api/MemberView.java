package io.huike.roster.members.api;

import io.huike.roster.members.Member;
import io.huike.roster.members.MemberKind;
import io.huike.roster.members.Skill;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A member as callers see them; {@code phone} is masked unless the caller's role needs it. */
public record MemberView(
        UUID id,
        String community,
        String name,
        String phone,
        boolean phoneMasked,
        MemberKind kind,
        boolean partyMember,
        String unit,
        List<Skill> skills,
        String duties,
        boolean active,
        Instant registeredAt) {

    static MemberView of(Member m, String phone, boolean masked) {
        return new MemberView(
                m.id(),
                m.communityId(),
                m.name(),
                phone,
                masked,
                m.kind(),
                m.partyMember(),
                m.unit(),
                m.sortedSkills(),
                m.duties(),
                m.active(),
                m.registeredAt());
    }
}
