package io.huike.roster.swaps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A member asks another to take their shift, optionally in exchange for one of the other's shifts. The other member
 * accepts, then an admin approves; only then do the shifts change hands.
 */
@Entity
@Table(name = "swap_request")
public class SwapRequest {

    @Id
    private UUID id;

    @Column(name = "community_id")
    private String communityId;

    @Column(name = "shift_id")
    private UUID shiftId;

    @Column(name = "from_member_id")
    private UUID fromMemberId;

    @Column(name = "to_member_id")
    private UUID toMemberId;

    @Column(name = "counter_shift_id")
    private UUID counterShiftId;

    @Enumerated(EnumType.STRING)
    private SwapState state;

    private String note;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected SwapRequest() {}

    public static SwapRequest ask(
            String communityId,
            UUID shiftId,
            UUID fromMemberId,
            UUID toMemberId,
            UUID counterShiftId,
            String note,
            String by,
            Instant now) {
        SwapRequest request = new SwapRequest();
        request.id = UUID.randomUUID();
        request.communityId = communityId;
        request.shiftId = shiftId;
        request.fromMemberId = fromMemberId;
        request.toMemberId = toMemberId;
        request.counterShiftId = counterShiftId;
        request.note = note;
        request.state = SwapState.REQUESTED;
        request.requestedBy = by;
        request.requestedAt = now;
        return request;
    }

    /** The other member agrees; refused unless the request is still open. */
    public void accept(String by, Instant now) {
        move(SwapState.REQUESTED, SwapState.ACCEPTED, by, now);
    }

    /** An admin lets the shifts change hands; refused unless the other member accepted. */
    public void approve(String by, Instant now) {
        move(SwapState.ACCEPTED, SwapState.APPROVED, by, now);
    }

    /** The other member or an admin says no; refused once the request is approved or declined. */
    public void decline(String by, Instant now) {
        if (!isOpen()) {
            throw new SwapRefused("Swap request " + id + " is already " + state);
        }
        state = SwapState.DECLINED;
        decidedBy = by;
        decidedAt = now;
    }

    public boolean isOpen() {
        return state == SwapState.REQUESTED || state == SwapState.ACCEPTED;
    }

    private void move(SwapState from, SwapState to, String by, Instant now) {
        if (state != from) {
            throw new SwapRefused(
                    "Swap request " + id + " is " + state + "; only a " + from + " request can become " + to);
        }
        state = to;
        decidedBy = by;
        decidedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public UUID shiftId() {
        return shiftId;
    }

    public UUID fromMemberId() {
        return fromMemberId;
    }

    public UUID toMemberId() {
        return toMemberId;
    }

    public UUID counterShiftId() {
        return counterShiftId;
    }

    public SwapState state() {
        return state;
    }

    public String note() {
        return note;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public long version() {
        return version;
    }
}
