package io.huike.kernel.roles;

/** The roles a token carries in its {@code groups} claim. */
public final class Roles {

    /** Records reception visits and the cases raised, handles what is assigned. */
    public static final String DUTY_MEMBER = "duty-member";
    /** Works cases, refers them out, records results, phones residents back. */
    public static final String CASE_HANDLER = "case-handler";
    /** Assigns, approves closing, runs rosters and pairings, runs the month-end meeting. */
    public static final String COMMUNITY_ADMIN = "community-admin";
    /** Reads across the communities in its token: dashboards, overdue lists, comparisons. */
    public static final String DISTRICT_SUPERVISOR = "district-supervisor";
    /** Another government system: registers cases, receives status, answers referrals. */
    public static final String INTEGRATION_CLIENT = "integration-client";

    private Roles() {}
}
