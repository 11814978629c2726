package io.huike.roster.members;

import io.huike.plumbing.events.EventType;
import java.util.List;
import java.util.UUID;

/** A member's details changed, deactivation included; the payload is the member as now, without contact details. */
@EventType("member.updated.v1")
public record MemberUpdated(UUID memberId, String name, MemberKind kind, List<Skill> skills, boolean active) {}
