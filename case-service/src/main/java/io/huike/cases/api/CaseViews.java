package io.huike.cases.api;

import io.huike.cases.Case;
import io.huike.cases.CaseRepository;
import io.huike.cases.DeadlineKind;
import io.huike.cases.HotlineOrder;
import io.huike.cases.Referral;
import io.huike.kernel.personaldata.PersonalData;
import io.huike.kernel.personaldata.PersonalNumbers;
import io.huike.plumbing.personaldata.PersonalDataReads;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds what callers see of cases: residents' numbers masked for roles that do not need them, also where they were
 * written into free text, and every unmasked read written to the audit log.
 */
@RequestScoped
public class CaseViews {

    private final PersonalDataReads personalData;
    private final CaseRepository cases;

    CaseViews(PersonalDataReads personalData, CaseRepository cases) {
        this.personalData = personalData;
        this.cases = cases;
    }

    public CaseView of(Case c) {
        Instant now = Instant.now();
        boolean unmasked = personalData.callerSeesUnmasked();
        List<String> shown = new ArrayList<>();
        if (unmasked && c.residentPhone() != null) {
            shown.add("residentPhone");
        }
        if (unmasked && c.residentIdNumber() != null) {
            shown.add("residentIdNumber");
        }
        if (unmasked && PersonalNumbers.appearIn(c.title())) {
            shown.add("title");
        }
        if (unmasked && PersonalNumbers.appearIn(c.description())) {
            shown.add("description");
        }
        personalData.recordRead(c.communityId(), "case", c.id().toString(), shown);
        CaseView.Resident resident =
                c.residentName() == null && c.residentPhone() == null && c.residentIdNumber() == null
                        ? null
                        : new CaseView.Resident(
                                c.residentName(),
                                unmasked ? c.residentPhone() : PersonalData.maskPhone(c.residentPhone()),
                                unmasked ? c.residentIdNumber() : PersonalData.maskIdNumber(c.residentIdNumber()));
        Instant contactDue = c.firstContactDueAt();
        Instant feedbackDue = c.feedbackDueAt();
        return new CaseView(
                c.id(),
                c.communityId(),
                c.trackingNumber(),
                c.channel(),
                c.category(),
                c.urgency(),
                text(unmasked, c.title()),
                text(unmasked, c.description()),
                c.gridId(),
                c.address() == null && c.latitude() == null
                        ? null
                        : new CaseView.Place(c.address(), c.latitude(), c.longitude()),
                resident,
                c.status(),
                c.allowedActions(),
                c.assigneeId(),
                c.registeredAt(),
                c.registeredBy(),
                c.enteredLater() ? c.enteredAt() : null,
                c.enteredLater() ? c.enteredBy() : null,
                new CaseView.Deadline(contactDue, c.firstContactAt(), c.passedUnmet(DeadlineKind.FIRST_CONTACT, now)),
                new CaseView.Deadline(feedbackDue, c.feedbackAt(), c.passedUnmet(DeadlineKind.FEEDBACK, now)),
                c.isOverdue(now),
                c.pendingExtensionKind() == null
                        ? null
                        : new CaseView.PendingExtension(
                                c.pendingExtensionKind(),
                                c.pendingExtensionUntil(),
                                text(unmasked, c.pendingExtensionReason())),
                c.outcome() == null
                        ? null
                        : new CaseView.Resolution(
                                c.outcome(),
                                text(unmasked, c.outcomeReason()),
                                c.referredTo(),
                                text(unmasked, c.actionsTaken()),
                                c.resolvedAt()),
                c.satisfaction() == null
                        ? null
                        : new CaseView.Feedback(
                                c.feedbackMethod(),
                                c.feedbackAt(),
                                c.satisfaction(),
                                text(unmasked, c.feedbackComment())),
                c.reopenCount(),
                c.duplicateOf(),
                c.receptionVisitId(),
                c.concernId(),
                c.hotlineReference(),
                hotlineOrder(c.hotlineOrder(), unmasked, now),
                c.version());
    }

    private static CaseView.HotlineOrderView hotlineOrder(HotlineOrder order, boolean unmasked, Instant now) {
        if (!order.exists()) {
            return null;
        }
        return new CaseView.HotlineOrderView(
                order.state(),
                order.acknowledgeDue(),
                order.acknowledgedAt(),
                order.acknowledgedBy(),
                order.acknowledgementLate(now),
                order.returnUntil(),
                order.returnedAt(),
                order.repliedAt(),
                text(unmasked, order.reply()),
                order.calledBackAt(),
                order.redoCount());
    }

    public CaseDetail detail(Case c) {
        boolean unmasked = personalData.callerSeesUnmasked();
        return new CaseDetail(
                of(c),
                cases.timeline(c).stream()
                        .map(t -> new CaseDetail.TimelineLine(
                                t.at(),
                                t.actor(),
                                t.kind(),
                                t.shareable(),
                                text(unmasked, t.text()),
                                t.enteredAt().equals(t.at()) ? null : t.enteredAt()))
                        .toList(),
                cases.referrals(c).stream().map(r -> referral(unmasked, r)).toList());
    }

    public CaseDetail.ReferralView referral(Referral r) {
        return referral(personalData.callerSeesUnmasked(), r);
    }

    private static CaseDetail.ReferralView referral(boolean unmasked, Referral r) {
        return new CaseDetail.ReferralView(
                r.id(),
                r.body(),
                r.contact(),
                r.theirReference(),
                r.expectedReplyBy(),
                r.referredAt(),
                text(unmasked, r.answer()),
                r.repliedAt(),
                r.answerRecordedAt());
    }

    /** Free text as this caller may see it: numbers of a person written into it are masked for roles that see none. */
    private static String text(boolean unmasked, String text) {
        return unmasked ? text : PersonalNumbers.mask(text);
    }
}
