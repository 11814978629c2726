package io.huike.roster.members;

import java.util.EnumSet;
import java.util.Set;

/** What a member is good at; duty rosters and case assignment match on it. */
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

    /** Skills of which a reception day needs at least one member on duty: disputes and policy questions come daily. */
    public static final Set<Skill> DAILY_NEEDS = EnumSet.of(MEDIATION, POLICY);
}
