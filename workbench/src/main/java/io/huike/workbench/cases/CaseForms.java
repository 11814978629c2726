package io.huike.workbench.cases;

import io.huike.kernel.cases.CaseStatus;
import io.huike.kernel.roles.Roles;
import io.huike.workbench.cases.client.CaseRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which forms a case page offers: the actions the case's status allows (its {@code allowedActions}, from
 * case-service's lifecycle) that the user's roles may perform, plus the forms outside the lifecycle when they make
 * sense (an extension while a deadline still runs, its approval while one is pending, a note always).
 */
public final class CaseForms {

    private CaseForms() {}

    public static List<CaseForm> offered(CaseRecord c, Set<String> roles, boolean closingNeedsAdmin, Instant now) {
        List<CaseForm> offered = new ArrayList<>();
        for (CaseForm form : CaseForm.values()) {
            if (roles.stream().noneMatch(form.roles()::contains)) {
                continue;
            }
            boolean fits = switch (form) {
                case CLOSE ->
                    c.allowedActions().contains(CaseAction.CLOSE)
                            && (!closingNeedsAdmin || roles.contains(Roles.COMMUNITY_ADMIN));
                case ANSWER_REFERRAL ->
                    c.allowedActions().contains(CaseAction.ANSWER_REFERRAL)
                            && c.referrals().stream().anyMatch(CaseRecord.ReferralRecord::awaitsAnswer);
                case REQUEST_EXTENSION ->
                    c.pendingExtension() == null && !extendable(c, now).isEmpty();
                // The hotline, not the admin, decides the extensions of its work orders.
                case APPROVE_EXTENSION -> c.pendingExtension() != null && c.hotlineOrder() == null;
                case HOTLINE_ACKNOWLEDGE ->
                    c.hotlineOrder() != null && c.hotlineOrder().awaitsSignature();
                case HOTLINE_RETURN ->
                    c.allowedActions().contains(CaseAction.RETURN_TO_HOTLINE)
                            && c.hotlineOrder() != null
                            && c.hotlineOrder().returnable(now);
                case HOTLINE_REPLY ->
                    c.hotlineOrder() != null
                            && "ACKNOWLEDGED".equals(c.hotlineOrder().state())
                            && c.status() == CaseStatus.RESOLVED;
                case NOTE -> true;
                default -> c.allowedActions().contains(form.action());
            };
            if (fits) {
                offered.add(form);
            }
        }
        return List.copyOf(offered);
    }

    /** Whether the case waits for its admin to approve the closing, which this user may not do. */
    public static boolean closingAwaitsAdmin(CaseRecord c, Set<String> roles, boolean closingNeedsAdmin) {
        return c.allowedActions().contains(CaseAction.CLOSE)
                && closingNeedsAdmin
                && !roles.contains(Roles.COMMUNITY_ADMIN);
    }

    /** The deadlines more time can still be asked for: those still running and not yet passed. */
    public static List<DeadlineKind> extendable(CaseRecord c, Instant now) {
        List<DeadlineKind> kinds = new ArrayList<>();
        if (c.status() == null || !c.status().isOpen()) {
            return kinds;
        }
        if (runs(c.firstContact(), now)) {
            kinds.add(DeadlineKind.FIRST_CONTACT);
        }
        if (c.status().awaitsFeedback() && runs(c.feedback(), now)) {
            kinds.add(DeadlineKind.FEEDBACK);
        }
        return kinds;
    }

    private static boolean runs(CaseRecord.Deadline d, Instant now) {
        return d != null && d.dueAt() != null && d.metAt() == null && d.dueAt().isAfter(now);
    }
}
