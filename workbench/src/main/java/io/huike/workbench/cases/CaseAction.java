package io.huike.workbench.cases;

/** What case-service's lifecycle lets be done to a case ({@code allowedActions} of a case). */
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
    RETURN_TO_HOTLINE
}
