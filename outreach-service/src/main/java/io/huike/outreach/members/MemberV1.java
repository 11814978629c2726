package io.huike.outreach.members;

/** The fields of {@code member.registered.v1} and {@code member.updated.v1} this service keeps. */
public record MemberV1(String memberId, String name, boolean active) {}
