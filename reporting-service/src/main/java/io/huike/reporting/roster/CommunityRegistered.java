package io.huike.reporting.roster;

/** The fields of {@code community.registered.v1} this service needs: where the community sits in the district. */
public record CommunityRegistered(String communityId, String name, String subdistrict, String district) {}
