package io.huike.outreach.communities;

/** The fields of {@code community.registered.v1} this service keeps. */
public record CommunityRegisteredV1(
        String communityId, String name, String code, String subdistrict, String district) {}
