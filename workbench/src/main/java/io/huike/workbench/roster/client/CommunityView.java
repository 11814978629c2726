package io.huike.workbench.roster.client;

/** A community as roster-service shows it. */
public record CommunityView(String id, String name, String code, String subdistrict, String district) {}
