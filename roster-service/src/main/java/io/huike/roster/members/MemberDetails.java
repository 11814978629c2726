package io.huike.roster.members;

import java.util.Set;

/** What an admin states about a member, when registering or updating one. */
public record MemberDetails(
        String name,
        String phone,
        MemberKind kind,
        boolean partyMember,
        String unit,
        Set<Skill> skills,
        String duties,
        boolean active) {}
