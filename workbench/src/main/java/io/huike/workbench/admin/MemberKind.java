package io.huike.workbench.admin;

import java.util.Arrays;
import java.util.Optional;

/** How a member relates to the community, as roster-service names it. */
public enum MemberKind {
    /** Community staff (社区干部). */
    COMMUNITY_STAFF,
    /** A party member working elsewhere who serves where they live (在职党员). */
    IN_SERVICE_MEMBER,
    /** A member from an outside unit assigned to the community (下沉党员). */
    ASSIGNED_MEMBER;

    public static Optional<MemberKind> of(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
