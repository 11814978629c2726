package io.huike.workbench.outreach.client;

import java.util.List;

/** What a paired member did with the household: one of the four ones (四个一), or another visit. */
public enum ActivityKind {
    /** 谈心谈话 */
    HEART_TO_HEART_TALK,
    /** 走访慰问 */
    HOME_VISIT_WITH_SUPPORT,
    /** 接待约谈 */
    RECEPTION_INTERVIEW,
    /** 送学上门 */
    STUDY_DELIVERY,
    PHONE_CALL,
    OTHER_VISIT;

    /** The four ones every pairing owes each year, in the order pages list them. */
    public static final List<ActivityKind> FOUR_ONES =
            List.of(HEART_TO_HEART_TALK, HOME_VISIT_WITH_SUPPORT, RECEPTION_INTERVIEW, STUDY_DELIVERY);

    public boolean isOneOfTheFour() {
        return FOUR_ONES.contains(this);
    }
}
