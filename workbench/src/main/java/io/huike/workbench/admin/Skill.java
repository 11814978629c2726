package io.huike.workbench.admin;

import java.util.Arrays;
import java.util.Optional;

/** What a member is good at, as roster-service names it; rosters and case assignment match on it. */
public enum Skill {
    POLICY,
    LAW,
    MEDIATION,
    RELIEF,
    VOLUNTEERING,
    HEALTH,
    FACILITIES,
    ELDERLY_CARE,
    ETHNIC_AFFAIRS;

    /** The skill roster-service names so; empty for a name this page does not know. */
    public static Optional<Skill> of(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
