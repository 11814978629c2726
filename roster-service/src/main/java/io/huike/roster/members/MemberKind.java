package io.huike.roster.members;

/** How a member relates to the community. */
public enum MemberKind {
    /** Community staff (社区干部). */
    COMMUNITY_STAFF,
    /** A party member who works elsewhere and serves the community where they live (在职党员). */
    IN_SERVICE_MEMBER,
    /** A member from an outside unit assigned to the community (下沉党员). */
    ASSIGNED_MEMBER
}
