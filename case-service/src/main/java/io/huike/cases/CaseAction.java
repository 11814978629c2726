package io.huike.cases;

/** What can be done to a case; each allowed action moves it to a status and publishes one event. */
public enum CaseAction {
    ASSIGN,
    START,
    REFER,
    ANSWER_REFERRAL,
    ESCALATE,
    ANSWER_ESCALATION,
    RESOLVE,
    GIVE_FEEDBACK,
    CLOSE,
    REOPEN,
    /** A 12345 work order that is not this community's goes back to the hotline (退单); the case ends. */
    RETURN_TO_HOTLINE
}
