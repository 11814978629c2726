package io.huike.cases.referencedata;

import io.huike.cases.Category;
import io.huike.cases.Urgency;
import io.huike.kernel.calendar.WorkingDays;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One community's reference data as registration reads it, loaded at one moment: its code, grids and reception
 * rooms, its own deadline rules, its working days (the official calendar with its local closures) and the duty shifts
 * of active members that touch a window around that moment. Changes a few times a month; a change replaces the whole.
 *
 * @param rules the community's own rules by category and urgency, as written ({@code 2h}, {@code 3wd})
 * @param shifts the shifts overlapping {@code [from, until)}, with their members' skills
 */
public record CommunityReferences(
        String code,
        Set<String> grids,
        Set<String> rooms,
        Map<RuleKey, RuleText> rules,
        WorkingDays workingDays,
        List<Shift> shifts,
        Instant from,
        Instant until) {

    /** Which rule: a category at an urgency. */
    public record RuleKey(Category category, Urgency urgency) {}

    /** A community's own rule, as written. */
    public record RuleText(String firstContact, String feedback) {}

    /** An active member's duty shift, with the member's skills. */
    public record Shift(String memberId, String roomId, Instant startsAt, Instant endsAt, Set<String> skills) {

        boolean covers(Instant at, String room) {
            return !startsAt.isAfter(at) && endsAt.isAfter(at) && (room == null || room.equals(roomId));
        }
    }

    /** The community's own rule for a category and urgency, if it set one. */
    public Optional<RuleText> rule(Category category, Urgency urgency) {
        return Optional.ofNullable(rules.get(new RuleKey(category, urgency)));
    }

    /** The shifts of active members on duty at {@code at} (at one room, when given); {@code at} must be covered. */
    public List<Shift> onDuty(String roomId, Instant at) {
        if (!covers(at)) {
            throw new IllegalArgumentException(at + " lies outside the duty window loaded, " + from + " to " + until);
        }
        return shifts.stream().filter(s -> s.covers(at, roomId)).toList();
    }

    /** Whether the shifts loaded tell who is on duty at {@code at}. */
    boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
