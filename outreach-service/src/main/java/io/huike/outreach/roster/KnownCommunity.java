package io.huike.outreach.roster;

/** A community as this service knows it from the roster's events. */
public record KnownCommunity(String id, String name, String code, String subdistrict, String district) {}
