package io.huike.cases;

import io.huike.cases.deadlines.CaseDeadlines;
import io.huike.kernel.refusals.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The 12345 work order's round trip (接诉即办). The community signs for the order, returns one that is not its own,
 * and replies with the result, each on the case as last read (If-Match), like every other change; the hotline
 * decides extensions and reports its callback to the resident by its own reference, and only on its own orders.
 * Each step publishes its event, which reaches the hotline through its webhook subscription.
 */
@ApplicationScoped
public class HotlineOrderService {

    private final CaseHandlingService handling;
    private final CaseRepository cases;
    private final CaseSettings settings;
    private final CaseDeadlines deadlines;
    private final HotlineTermsRepository terms;

    HotlineOrderService(
            CaseHandlingService handling,
            CaseRepository cases,
            CaseSettings settings,
            CaseDeadlines deadlines,
            HotlineTermsRepository terms) {
        this.handling = handling;
        this.cases = cases;
        this.settings = settings;
        this.deadlines = deadlines;
        this.terms = terms;
    }

    /** 签收. */
    @Transactional
    public Case acknowledge(CaseHandlingService.Command cmd) {
        return handling.change(cmd, (c, now) -> {
            HotlineOrderAcknowledged event = c.acknowledgeHotlineOrder(cmd.actor(), now);
            String text =
                    "Signed for the 12345 work order" + (event.late() ? ", after its time limit " + event.dueAt() : "");
            return handling.record(c, now, cmd.actor(), false, text, event);
        });
    }

    /** 退单. */
    @Transactional
    public Case returnToHotline(CaseHandlingService.Command cmd, String reason) {
        return handling.change(cmd, (c, now) -> {
            CaseReturnedToHotline event = c.returnToHotline(reason, cmd.actor(), now);
            return handling.record(
                    c, now, cmd.actor(), true, "Returned to the 12345 hotline: " + event.reason(), event);
        });
    }

    /** 回复. */
    @Transactional
    public Case reply(CaseHandlingService.Command cmd, String text) {
        return handling.change(cmd, (c, now) -> {
            HotlineReplied event = c.replyToHotline(text, cmd.actor(), now);
            return handling.record(c, now, cmd.actor(), true, "Replied to the 12345 hotline: " + event.reply(), event);
        });
    }

    /** The hotline approves or refuses the extension the community asked it for; an approved deadline moves. */
    @Transactional
    public Case decideExtension(HotlineCall call, boolean approved, String note) {
        return handling.change(call.command(this), (c, now) -> {
            if (approved) {
                CaseExtended event = c.approveExtension(call.hotline());
                return handling.record(
                        c,
                        now,
                        call.hotline(),
                        true,
                        "The 12345 hotline extended " + event.deadline() + " to " + event.newDueAt(),
                        event);
            }
            HotlineExtensionRefused event = c.refuseExtension(note, now);
            return handling.record(
                    c,
                    now,
                    call.hotline(),
                    false,
                    "The 12345 hotline refused the extension" + (note == null ? "" : ": " + note),
                    event);
        });
    }

    /** 回访: the hotline's callback to the resident, at {@code calledAt} (null for now). */
    @Transactional
    public Case calledBack(HotlineCall call, Satisfaction said, String comment, Instant calledAt) {
        return handling.change(call.command(this), (c, now) -> {
            Instant at = calledAt == null ? now : calledAt;
            List<Object> events = c.hotlineCalledBack(
                    said,
                    comment,
                    at,
                    settings.paperLog(c.communityId()),
                    deadlines.startingAt(now, c.communityId(), c.category(), c.urgency()),
                    terms.limitsOf(call.hotline()).acknowledgeWithin(),
                    now);
            List<Object> recorded = new ArrayList<>();
            recorded.add(handling.recordReported(
                    c,
                    at,
                    now,
                    call.hotline(),
                    true,
                    "12345 hotline called the resident back: " + said,
                    events.get(0)));
            if (events.size() > 1) {
                recorded.add(handling.record(
                        c,
                        now,
                        call.hotline(),
                        true,
                        "Sent back by the 12345 hotline to be done again (重办)",
                        events.get(1)));
            }
            return recorded;
        });
    }

    /** The order a hotline names by its own reference: only its own, in a community the caller may act in. */
    public Case orderOf(HotlineCall call) {
        return cases.findByHotlineReference(call.community(), call.hotlineReference())
                .filter(c -> call.scope().contains(c.communityId()))
                .filter(c -> call.hotline().equals(c.hotlineOrder().hotline()))
                .orElseThrow(() -> new NotFound("No hotline case " + call.hotlineReference()));
    }

    /**
     * A hotline acting on one of its orders. It holds no ETag of ours: it acts on the order as it stands, and its
     * Idempotency-Key makes a retry harmless.
     */
    public record HotlineCall(String community, String hotlineReference, String hotline, Collection<String> scope) {

        CaseHandlingService.Command command(HotlineOrderService orders) {
            Case c = orders.orderOf(this);
            return new CaseHandlingService.Command(community, c.id(), c::version, hotline, scope);
        }
    }
}
