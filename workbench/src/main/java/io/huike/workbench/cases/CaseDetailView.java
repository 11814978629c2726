package io.huike.workbench.cases;

import io.huike.workbench.cases.client.CaseRecord;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/**
 * A case page: the case, its deadlines, its timeline and referrals, and the forms the user may send, each carrying
 * the version the page was made from. After a refused action the page shows the refusal next to that action's form,
 * with what the user had entered.
 *
 * @param done the action that just succeeded (its form's slug), to confirm it; null otherwise
 * @param failure the action that was just refused; null otherwise
 * @param actorNames who did what on the timeline, by the ids the case names them with
 */
@TemplateData
public record CaseDetailView(
        CaseRecord c,
        String assigneeName,
        DeadlineView firstContact,
        DeadlineView feedback,
        List<CaseForm> forms,
        boolean closingAwaitsAdmin,
        boolean closingIsApproval,
        List<MemberOption> members,
        List<DeadlineKind> extendable,
        List<CaseRecord.ReferralRecord> openReferrals,
        CaseForm done,
        Failure failure,
        String now,
        String currentMonth,
        Map<String, String> actorNames) {

    /** A member who can be assigned. */
    public record MemberOption(String id, String name) {}

    /** An action the service refused, with the message to show and the fields as they were sent. */
    public record Failure(String form, String message, Map<String, String> fieldErrors, Map<String, String> entered) {}

    /** Whether the page offers the form with this slug. */
    public boolean offers(String slug) {
        return forms.stream().anyMatch(f -> f.slug().equals(slug));
    }

    /** Whether the form with this slug is the one just refused (it is shown open, with its message). */
    public boolean failed(String slug) {
        return failure != null && failure.form().equals(slug);
    }

    /** What the user entered in a field of the refused form; empty for every other form. */
    public String entered(String slug, String field) {
        return failed(slug) ? failure.entered().getOrDefault(field, "") : "";
    }

    /** What the user entered in a field of the refused form; for every other form the default given. */
    public String enteredOr(String slug, String field, String otherwise) {
        return failed(slug) ? failure.entered().getOrDefault(field, "") : otherwise;
    }

    /** Whether an option of a select was the one chosen in the refused form. */
    public boolean selected(String slug, String field, Object option) {
        return failed(slug) && String.valueOf(option).equals(failure.entered().get(field));
    }

    /** Whether a member is the one to preselect for assignment: as chosen before a refusal, else the assignee. */
    public boolean assigneeChoice(String memberId) {
        return failed(CaseForm.ASSIGN.slug())
                ? selected(CaseForm.ASSIGN.slug(), "memberId", memberId)
                : memberId != null && memberId.equals(c.assigneeId());
    }

    /** The refusal's message for a field of the refused form, if it named that field. */
    public String fieldError(String slug, String field) {
        return failed(slug) ? failure.fieldErrors().getOrDefault(field, "") : "";
    }

    /** Who an actor of the timeline is: a member's name, or the id as the case gives it. */
    public String actorName(String actor) {
        return actor == null ? "" : actorNames.getOrDefault(actor, actor);
    }

    /** Whether any form at all can be sent by this user. */
    public boolean hasForms() {
        return !forms.isEmpty();
    }
}
