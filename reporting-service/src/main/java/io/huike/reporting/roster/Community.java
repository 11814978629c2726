package io.huike.reporting.roster;

/** A community with its name and the subdistrict and district it belongs to; unknown parts are null. */
public record Community(String communityId, String name, String subdistrict, String district) {}
