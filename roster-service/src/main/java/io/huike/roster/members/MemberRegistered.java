package io.huike.roster.members;

import io.huike.plumbing.events.EventType;
import java.util.List;
import java.util.UUID;

/** A member joined a community's roster; carries no contact details and no party membership. */
@EventType("member.registered.v1")
public record MemberRegistered(UUID memberId, String name, MemberKind kind, List<Skill> skills, boolean active) {}
