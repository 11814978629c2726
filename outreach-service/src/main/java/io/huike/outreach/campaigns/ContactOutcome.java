package io.huike.outreach.campaigns;

/** What came of contacting someone on a notification campaign. */
public enum ContactOutcome {
    /** Told, but not done yet: contact again later. */
    REACHED(false),
    /** Not reached: try again. */
    NOT_REACHED(false),
    /** Did what the campaign asked, e.g. had the second dose. */
    DONE(true),
    /** Declined; not contacted again. */
    REFUSED(true);

    private final boolean settled;

    ContactOutcome(boolean settled) {
        this.settled = settled;
    }

    /** Whether nobody needs to contact this person again for the campaign. */
    public boolean isSettled() {
        return settled;
    }
}
