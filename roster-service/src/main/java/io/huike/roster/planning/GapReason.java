package io.huike.roster.planning;

/** Why part of a roster could not be covered. */
public enum GapReason {
    /** Everyone is on leave, inactive, or already on duty that day. */
    NO_MEMBER_AVAILABLE,
    /** The community has members with mediation or policy skill, but none of them can take duty that day. */
    NO_DAILY_SKILL_AVAILABLE
}
