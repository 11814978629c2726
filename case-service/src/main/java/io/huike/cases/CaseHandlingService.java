package io.huike.cases;

import io.huike.cases.deadlines.CaseDeadlines;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.NotPermitted;
import io.huike.kernel.roster.RosterReferences;
import io.huike.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Every change to an existing case. Each method loads the case within the caller's communities, checks the
 * version the caller last saw (If-Match), applies one domain operation, writes a timeline line and appends the
 * event, all in one transaction; a refused change leaves the case and its events untouched.
 */
@ApplicationScoped
public class CaseHandlingService {

    private final CaseRepository cases;
    private final CaseDeadlines deadlines;
    private final CaseSettings settings;
    private final Outbox outbox;
    private final RosterReferences references;

    CaseHandlingService(
            CaseRepository cases,
            CaseDeadlines deadlines,
            CaseSettings settings,
            Outbox outbox,
            RosterReferences references) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.settings = settings;
        this.outbox = outbox;
        this.references = references;
    }

    /**
     * Who acts, on which case, having seen which version of it. The version is read only once the case is found, so
     * that a case that does not exist is not found whatever version the caller names.
     */
    public record Command(
            String community, UUID caseId, LongSupplier expectedVersion, String actor, Collection<String> scope) {

        /** A note changes no state of the case, so it names no version. */
        public static Command unversioned(String community, UUID caseId, String actor, Collection<String> scope) {
            return new Command(
                    community,
                    caseId,
                    () -> {
                        throw new IllegalStateException("A note names no version");
                    },
                    actor,
                    scope);
        }
    }

    @Transactional
    public Case assign(Command cmd, String memberId) {
        return change(cmd, (c, now) -> {
            // Checked once the case is found, so that another community's case is not found before anything else.
            references.requireMember(c.communityId(), "memberId", memberId);
            return record(
                    c, now, cmd.actor(), false, "Assigned to " + memberId, c.assign(memberId, false, cmd.actor(), now));
        });
    }

    @Transactional
    public Case start(Command cmd, ContactMethod method) {
        return change(
                cmd,
                (c, now) -> record(
                        c,
                        now,
                        cmd.actor(),
                        true,
                        "Handling started; resident contacted by " + method,
                        c.start(cmd.actor(), method, now)));
    }

    @Transactional
    public Referred refer(Command cmd, String body, String contact, String theirReference, LocalDate expectedReplyBy) {
        UUID referralId = UUID.randomUUID();
        Case referred = change(cmd, (c, now) -> {
            Referral referral =
                    new Referral(referralId, c, body, contact, theirReference, expectedReplyBy, cmd.actor(), now);
            CaseReferred event = c.refer(referral.id(), body, theirReference, expectedReplyBy, now);
            cases.getEntityManager().persist(referral);
            return record(
                    c,
                    now,
                    cmd.actor(),
                    true,
                    "Referred to " + body + (expectedReplyBy == null ? "" : ", reply expected by " + expectedReplyBy),
                    event);
        });
        return new Referred(referred, referralId);
    }

    /** The case as referred, and the referral made, which its reply will name. */
    public record Referred(Case referredCase, UUID referralId) {}

    @Transactional
    public Case answerReferral(Command cmd, UUID referralId, String answer, Instant repliedAt) {
        return change(cmd, (c, now) -> {
            Referral referral = cases.referral(c, referralId)
                    .orElseThrow(() -> new NotFound("No referral " + referralId + " on this case"));
            CaseReferralAnswered event = c.answerReferral(
                    referralId,
                    referral.body(),
                    referral.referredAt(),
                    repliedAt,
                    settings.paperLog(c.communityId()),
                    now);
            referral.answer(answer, repliedAt, now);
            return recordReported(c, repliedAt, now, cmd.actor(), true, referral.body() + " replied: " + answer, event);
        });
    }

    @Transactional
    public Case escalate(Command cmd, YearMonth meetingMonth, String reason) {
        return change(
                cmd,
                (c, now) -> record(
                        c,
                        now,
                        cmd.actor(),
                        false,
                        "Put on the " + meetingMonth + " month-end meeting agenda: " + reason,
                        c.escalate(meetingMonth, reason, now)));
    }

    @Transactional
    public Case answerEscalation(Command cmd, String decision) {
        return change(
                cmd,
                (c, now) -> record(
                        c,
                        now,
                        cmd.actor(),
                        true,
                        "Month-end meeting decided: " + decision,
                        c.answerEscalation(decision, now)));
    }

    @Transactional
    public Case resolve(Command cmd, Outcome outcome, String reason, String referredTo, String actionsTaken) {
        return change(
                cmd,
                (c, now) -> record(
                        c,
                        now,
                        cmd.actor(),
                        true,
                        "Resolved (" + outcome + "): " + actionsTaken,
                        c.resolve(outcome, reason, referredTo, actionsTaken, now)));
    }

    @Transactional
    public Case giveFeedback(
            Command cmd, ContactMethod method, Instant toldAt, Satisfaction satisfaction, String comment) {
        return change(cmd, (c, now) -> {
            CaseFeedbackGiven event =
                    c.giveFeedback(method, toldAt, satisfaction, comment, settings.paperLog(c.communityId()), now);
            return recordReported(
                    c, toldAt, now, cmd.actor(), true, "Resident told by " + method + ", " + satisfaction, event);
        });
    }

    /** Closes; where the community requires the admin's approval, only the admin may. */
    @Transactional
    public Case close(Command cmd, boolean callerIsAdmin) {
        return change(cmd, (c, now) -> {
            if (!callerIsAdmin && settings.closingRequiresAdmin(c.communityId())) {
                throw new NotPermitted("In this community closing a case needs the community admin's approval");
            }
            return record(c, now, cmd.actor(), true, "Closed", c.close(cmd.actor(), now));
        });
    }

    @Transactional
    public Case reopen(Command cmd, String reason) {
        return change(cmd, (c, now) -> {
            Case.Deadlines restarted = deadlines.startingAt(now, c.communityId(), c.category(), c.urgency());
            return record(c, now, cmd.actor(), true, "Reopened: " + reason, c.reopen(reason, restarted, now));
        });
    }

    @Transactional
    public Case linkDuplicate(Command cmd, UUID originalId) {
        return change(cmd, (c, now) -> {
            Case original = cases.findInScope(originalId, c.communityId(), cmd.scope())
                    .orElseThrow(() -> new CaseRuleViolation("duplicateOf", "no such case in this community"));
            return record(
                    c,
                    now,
                    cmd.actor(),
                    true,
                    "Linked as a duplicate of " + original.trackingNumber(),
                    c.linkAsDuplicateOf(original, cmd.actor(), now));
        });
    }

    @Transactional
    public Case requestExtension(Command cmd, DeadlineKind kind, Instant until, String reason) {
        return change(cmd, (c, now) -> {
            c.requestExtension(kind, until, reason, now);
            String asked = "Asked to extend " + kind + " to " + until + ": " + reason;
            if (c.hotlineOrder().exists()) {
                // A work order's deadlines are the hotline's: the request goes to it.
                return record(c, now, cmd.actor(), false, asked, c.extensionAskedOfHotline(cmd.actor(), now));
            }
            cases.getEntityManager().persist(new TimelineEntry(c, now, cmd.actor(), TimelineKind.ACTION, false, asked));
            return null;
        });
    }

    @Transactional
    public Case approveExtension(Command cmd) {
        return change(cmd, (c, now) -> {
            if (c.hotlineOrder().exists()) {
                throw new CaseRuleViolation("extension", "the 12345 hotline decides the extensions of its work orders");
            }
            CaseExtended event = c.approveExtension(cmd.actor());
            return record(
                    c,
                    now,
                    cmd.actor(),
                    true,
                    "Deadline " + event.deadline() + " extended to " + event.newDueAt() + ": " + event.reason(),
                    event);
        });
    }

    @Transactional
    public Case note(Command cmd, String text, boolean shareable) {
        Case c = load(cmd);
        cases.getEntityManager().persist(new TimelineEntry(c, now(), cmd.actor(), TimelineKind.NOTE, shareable, text));
        return c;
    }

    /**
     * Applies one change: the operation returns the event it made, none, or a list of events in the order they
     * happened, each of which moved the case's sequence on by one.
     */
    Case change(Command cmd, java.util.function.BiFunction<Case, Instant, Object> operation) {
        Case c = load(cmd);
        c.requireVersion(cmd.expectedVersion().getAsLong());
        Instant now = now();
        Object made = operation.apply(c, now);
        c.changedBy(cmd.actor(), now);
        List<?> events = made == null ? List.of() : made instanceof List<?> list ? list : List.of(made);
        long sequence = c.sequence() - events.size();
        for (Object event : events) {
            outbox.append(c.id().toString(), c.communityId(), ++sequence, event);
        }
        // Flush here so that a concurrent change surfaces as a version conflict inside this call.
        cases.getEntityManager().flush();
        return c;
    }

    Object record(Case c, Instant now, String actor, boolean shareable, String text, Object event) {
        cases.getEntityManager().persist(new TimelineEntry(c, now, actor, TimelineKind.ACTION, shareable, text));
        return event;
    }

    /**
     * A timeline line of what happened at a time the caller reported ({@code happenedAt}, perhaps from the paper
     * log), typed in now; a reported time ahead of ours within the clock tolerance counts as now.
     */
    Object recordReported(
            Case c, Instant happenedAt, Instant now, String actor, boolean shareable, String text, Object event) {
        Instant at = happenedAt.isAfter(now) ? now : happenedAt.truncatedTo(ChronoUnit.MICROS);
        cases.getEntityManager().persist(new TimelineEntry(c, at, now, actor, TimelineKind.ACTION, shareable, text));
        return event;
    }

    Case load(Command cmd) {
        return cases.findInScope(cmd.caseId(), cmd.community(), cmd.scope())
                .orElseThrow(() -> new NotFound("No case " + cmd.caseId() + " in community " + cmd.community()));
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
