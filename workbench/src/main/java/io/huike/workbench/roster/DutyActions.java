package io.huike.workbench.roster;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.layout.Formats;
import io.huike.workbench.roster.client.KeptShift;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the roster page lets a user do with a shift or a swap request, by roster-service's rules: a member asks for a
 * swap of their own shift before it starts and while no other request for it is open; they check in from an hour
 * before the start until the end, once, then check out; the member asked accepts or declines; an admin approves an
 * accepted request (or declines any open one). Case handlers read the roster but take no duty actions.
 */
public final class DutyActions {

    /** What may be done with a shift. */
    public enum ShiftAction {
        ASK_SWAP,
        CHECK_IN,
        CHECK_OUT
    }

    /** What may be done with a swap request. */
    public enum SwapAction {
        ACCEPT,
        DECLINE,
        APPROVE
    }

    /** How early before its start a shift may be checked in. */
    public static final Duration EARLY_CHECK_IN = Duration.ofHours(1);

    private static final Set<String> ON_DUTY_ROLES = Set.of(Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN);

    private DutyActions() {}

    /**
     * The actions a shift allows the user.
     *
     * @param swapOpen whether the shift already has an open swap request
     */
    public static Set<ShiftAction> forShift(
            KeptShift shift, Optional<String> me, Set<String> roles, boolean swapOpen, Instant now) {
        Set<ShiftAction> actions = EnumSet.noneOf(ShiftAction.class);
        if (!takesDuty(roles) || me.isEmpty() || !me.get().equals(shift.memberId()) || !hasTimes(shift)) {
            return actions;
        }
        Instant start = start(shift);
        Instant end = end(shift);
        boolean checkedIn = shift.checkedInAt() != null;
        if (!checkedIn && !swapOpen && now.isBefore(start)) {
            actions.add(ShiftAction.ASK_SWAP);
        }
        if (!checkedIn && !now.isBefore(start.minus(EARLY_CHECK_IN)) && now.isBefore(end)) {
            actions.add(ShiftAction.CHECK_IN);
        }
        if (checkedIn && shift.checkedOutAt() == null) {
            actions.add(ShiftAction.CHECK_OUT);
        }
        return actions;
    }

    /**
     * The actions a swap request allows the user.
     *
     * @param state roster-service's state of the request ({@code REQUESTED}, {@code ACCEPTED}, ...)
     */
    public static Set<SwapAction> forSwap(String state, String toMemberId, Optional<String> me, Set<String> roles) {
        Set<SwapAction> actions = EnumSet.noneOf(SwapAction.class);
        if (!takesDuty(roles)) {
            return actions;
        }
        boolean admin = roles.contains(Roles.COMMUNITY_ADMIN);
        boolean asked = me.isPresent() && me.get().equals(toMemberId);
        if ("REQUESTED".equals(state) && asked) {
            actions.add(SwapAction.ACCEPT);
        }
        if ("ACCEPTED".equals(state) && admin) {
            actions.add(SwapAction.APPROVE);
        }
        if (("REQUESTED".equals(state) && (asked || admin)) || ("ACCEPTED".equals(state) && admin)) {
            actions.add(SwapAction.DECLINE);
        }
        return actions;
    }

    /**
     * The user's current shift among theirs of today: one checked in and not yet checked out, else the first that may
     * be checked in now (from an hour before its start until its end).
     */
    public static Optional<KeptShift> current(List<KeptShift> mineToday, Instant now) {
        Optional<KeptShift> kept = mineToday.stream()
                .filter(s -> s.checkedInAt() != null && s.checkedOutAt() == null)
                .findFirst();
        if (kept.isPresent()) {
            return kept;
        }
        return mineToday.stream()
                .filter(DutyActions::hasTimes)
                .filter(s -> s.checkedInAt() == null)
                .filter(s -> !now.isBefore(start(s).minus(EARLY_CHECK_IN)) && now.isBefore(end(s)))
                .min(Comparator.comparing(DutyActions::start));
    }

    /** The user's next shift of today that cannot be checked in yet. */
    public static Optional<KeptShift> nextToday(List<KeptShift> mineToday, Instant now) {
        return mineToday.stream()
                .filter(DutyActions::hasTimes)
                .filter(s -> now.isBefore(start(s).minus(EARLY_CHECK_IN)))
                .min(Comparator.comparing(DutyActions::start));
    }

    /** Whether the roles take duty: duty members and admins; case handlers only read the roster. */
    public static boolean takesDuty(Set<String> roles) {
        return roles.stream().anyMatch(ON_DUTY_ROLES::contains);
    }

    static Instant start(KeptShift s) {
        return s.date().atTime(s.startTime()).atZone(Formats.ZONE).toInstant();
    }

    static Instant end(KeptShift s) {
        return s.date().atTime(s.endTime()).atZone(Formats.ZONE).toInstant();
    }

    private static boolean hasTimes(KeptShift s) {
        return s.date() != null && s.startTime() != null && s.endTime() != null;
    }
}
