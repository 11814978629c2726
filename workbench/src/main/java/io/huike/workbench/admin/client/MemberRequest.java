package io.huike.workbench.admin.client;

import java.util.List;

/** A member as an admin registers or replaces them; roster-service takes every field each time. */
public record MemberRequest(
        String name,
        String phone,
        String kind,
        boolean partyMember,
        String unit,
        List<String> skills,
        String duties,
        boolean active) {}
