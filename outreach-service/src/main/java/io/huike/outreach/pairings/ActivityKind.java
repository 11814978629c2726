package io.huike.outreach.pairings;

/** What a paired member did with the household: one of the four ones (四个一), or another visit. */
public enum ActivityKind {
    /** 谈心谈话 */
    HEART_TO_HEART_TALK(true),
    /** 走访慰问 */
    HOME_VISIT_WITH_SUPPORT(true),
    /** 接待约谈 */
    RECEPTION_INTERVIEW(true),
    /** 送学上门 */
    STUDY_DELIVERY(true),
    /** A phone call to see how the household is, e.g. the monthly call a community's cadence asks for. */
    PHONE_CALL(false),
    /** Any other visit or practical help: paying medical insurance, fetching medicines, reading a lesson aloud. */
    OTHER_VISIT(false);

    private final boolean oneOfTheFour;

    ActivityKind(boolean oneOfTheFour) {
        this.oneOfTheFour = oneOfTheFour;
    }

    public boolean isOneOfTheFour() {
        return oneOfTheFour;
    }
}
