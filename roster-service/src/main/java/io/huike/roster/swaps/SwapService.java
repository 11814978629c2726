package io.huike.roster.swaps;

import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.UnknownReferences;
import io.huike.plumbing.outbox.Outbox;
import io.huike.roster.members.Member;
import io.huike.roster.members.MemberRepository;
import io.huike.roster.shifts.DutyShift;
import io.huike.roster.shifts.DutyShiftRepository;
import io.huike.roster.shifts.DutyShiftSwapped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Swap requests: ask, accept, approve or decline. Approval hands the shifts over and publishes
 * {@code duty-shift.swapped} for each, in one transaction; a swap that would put a member on duty twice on one day,
 * or hand over a shift already kept, is refused.
 */
@ApplicationScoped
public class SwapService {

    private final SwapRequestRepository requests;
    private final DutyShiftRepository shifts;
    private final MemberRepository members;
    private final Outbox outbox;

    SwapService(SwapRequestRepository requests, DutyShiftRepository shifts, MemberRepository members, Outbox outbox) {
        this.requests = requests;
        this.shifts = shifts;
        this.members = members;
        this.outbox = outbox;
    }

    @Transactional
    public SwapRequest ask(
            String community,
            UUID shiftId,
            UUID toMemberId,
            UUID counterShiftId,
            String note,
            Collection<String> scope,
            String by) {
        // The body's references name the field at fault; the community itself is checked by the path's scope.
        DutyShift shift = shifts.findInScope(shiftId, community, scope)
                .orElseThrow(() -> UnknownReferences.unknownReference("shiftId", "duty shift", shiftId, community));
        Member to = members.findInScope(toMemberId, community, scope)
                .orElseThrow(() -> UnknownReferences.unknownReference("toMemberId", "member", toMemberId, community));
        if (!to.active()) {
            throw conflict("member-inactive", "Member " + toMemberId + " is not active", shiftId);
        }
        if (to.id().equals(shift.memberId())) {
            throw conflict("same-member", "Member " + toMemberId + " already has shift " + shiftId, shiftId);
        }
        if (counterShiftId != null
                && !shifts.findInScope(counterShiftId, community, scope)
                        .orElseThrow(() -> UnknownReferences.unknownReference(
                                "counterShiftId", "duty shift", counterShiftId, community))
                        .memberId()
                        .equals(toMemberId)) {
            throw conflict(
                    "counter-shift-not-theirs", "Shift " + counterShiftId + " is not " + toMemberId + "'s", shiftId);
        }
        if (requests.openFor(shiftId)) {
            throw conflict("swap-pending", "Shift " + shiftId + " already has an open swap request", shiftId);
        }
        SwapRequest request =
                SwapRequest.ask(community, shiftId, shift.memberId(), toMemberId, counterShiftId, note, by, now());
        requests.persist(request);
        return request;
    }

    @Transactional
    public SwapRequest accept(String community, UUID requestId, Collection<String> scope, String by) {
        return decide(community, requestId, scope, request -> request.accept(by, now()));
    }

    @Transactional
    public SwapRequest decline(String community, UUID requestId, Collection<String> scope, String by) {
        return decide(community, requestId, scope, request -> request.decline(by, now()));
    }

    @Transactional
    public SwapRequest approve(String community, UUID requestId, Collection<String> scope, String by) {
        SwapRequest request = decide(community, requestId, scope, r -> r.approve(by, now()));
        DutyShift shift = shift(community, request.shiftId(), scope);
        Optional<DutyShift> counter =
                Optional.ofNullable(request.counterShiftId()).map(id -> shift(community, id, scope));
        if (!shift.memberId().equals(request.fromMemberId())
                || counter.filter(c -> !c.memberId().equals(request.toMemberId()))
                        .isPresent()) {
            throw conflict(
                    "shift-changed-hands", "The shifts changed hands since the request was made", request.shiftId());
        }
        boolean sameDay = counter.filter(c -> c.day().equals(shift.day())).isPresent();
        if (!sameDay && shifts.onDuty(request.toMemberId(), shift.day())) {
            throw conflict(
                    "twice-a-day",
                    "Member " + request.toMemberId() + " is already on duty on " + shift.day(),
                    request.shiftId());
        }
        if (!sameDay
                && counter.isPresent()
                && shifts.onDuty(request.fromMemberId(), counter.get().day())) {
            throw conflict(
                    "twice-a-day",
                    "Member " + request.fromMemberId() + " is already on duty on "
                            + counter.get().day(),
                    request.shiftId());
        }
        publish(community, shift, shift.handOver(request.toMemberId(), request.id()));
        counter.ifPresent(c -> publish(community, c, c.handOver(request.fromMemberId(), request.id())));
        return request;
    }

    /** A swap request of the community in the caller's scope, or 404. */
    @Transactional
    public SwapRequest get(String community, UUID requestId, Collection<String> scope) {
        return requests.findInScope(requestId, community, scope)
                .orElseThrow(() -> new NotFound("No swap request " + requestId + " in community " + community));
    }

    /** The community's open requests (requested or accepted), oldest first. */
    @Transactional
    public List<SwapRequest> open(String community, Collection<String> scope) {
        return requests.openInScope(community, scope);
    }

    private SwapRequest decide(
            String community, UUID requestId, Collection<String> scope, Consumer<SwapRequest> decision) {
        SwapRequest request = get(community, requestId, scope);
        try {
            decision.accept(request);
        } catch (SwapRefused refused) {
            throw conflict("swap-refused", refused.getMessage(), request.shiftId());
        }
        return request;
    }

    private DutyShift shift(String community, UUID shiftId, Collection<String> scope) {
        return shifts.findInScope(shiftId, community, scope)
                .orElseThrow(() -> new NotFound("No duty shift " + shiftId + " in community " + community));
    }

    private void publish(String community, DutyShift shift, DutyShiftSwapped swapped) {
        outbox.append(shift.id().toString(), community, shift.sequence(), swapped);
    }

    private static Conflict conflict(String slug, String detail, UUID shiftId) {
        return new Conflict(slug, detail, Map.of("shiftId", shiftId.toString()));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
