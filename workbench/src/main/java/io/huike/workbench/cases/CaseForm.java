package io.huike.workbench.cases;

import io.huike.kernel.roles.Roles;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The forms a case page can offer, one per action, each with the lifecycle action it performs (none for those the
 * lifecycle does not govern) and the roles case-service lets perform it. The slug is the form's path under the
 * case ({@code /cases/{id}/refer}) and the prefix of its fields' ids ({@code refer-body}).
 */
public enum CaseForm {
    ASSIGN("assign", CaseAction.ASSIGN, Roles.COMMUNITY_ADMIN),
    START("start", CaseAction.START, Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    REFER("refer", CaseAction.REFER, Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    ANSWER_REFERRAL(
            "answer-referral",
            CaseAction.ANSWER_REFERRAL,
            Roles.DUTY_MEMBER,
            Roles.CASE_HANDLER,
            Roles.COMMUNITY_ADMIN),
    ESCALATE("escalate", CaseAction.ESCALATE, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    ANSWER_ESCALATION("answer-escalation", CaseAction.ANSWER_ESCALATION, Roles.COMMUNITY_ADMIN),
    RESOLVE("resolve", CaseAction.RESOLVE, Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    GIVE_FEEDBACK("feedback", CaseAction.GIVE_FEEDBACK, Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    /** Closing; where the community requires it, only its admin closes (approves the closing). */
    CLOSE("close", CaseAction.CLOSE, Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    REOPEN("reopen", CaseAction.REOPEN, Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    REQUEST_EXTENSION("extension", null, Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    APPROVE_EXTENSION("extension-approval", null, Roles.COMMUNITY_ADMIN),
    /** 签收: signing for a 12345 work order. */
    HOTLINE_ACKNOWLEDGE("hotline-acknowledge", null, Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    /** 退单: a 12345 work order that is not this community's goes back to the hotline. */
    HOTLINE_RETURN("hotline-return", CaseAction.RETURN_TO_HOTLINE, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    /** 回复: the result, to the hotline. */
    HOTLINE_REPLY("hotline-reply", null, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    NOTE("note", null, Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN);

    private final String slug;
    private final CaseAction action;
    private final Set<String> roles;

    CaseForm(String slug, CaseAction action, String... roles) {
        this.slug = slug;
        this.action = action;
        this.roles = Set.of(roles);
    }

    public String slug() {
        return slug;
    }

    /** The lifecycle action, or null for a form the lifecycle does not govern (notes, extensions). */
    public CaseAction action() {
        return action;
    }

    public Set<String> roles() {
        return roles;
    }

    public static Optional<CaseForm> ofSlug(String slug) {
        return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
    }
}
