package io.huike.workbench.roster;

import io.huike.workbench.roster.client.ClosureRecord;
import io.huike.workbench.roster.client.CoverageReport;
import io.huike.workbench.roster.client.KeptShift;
import io.huike.workbench.roster.client.MemberView;
import io.huike.workbench.roster.client.RoomView;
import io.huike.workbench.roster.client.RosterMonth;
import io.huike.workbench.roster.client.SwapRecord;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What roster-service told about a community's month, each part marked unknown while it could not be read, so that
 * the page shows what it can.
 *
 * @param rosters each room's month by room id: present when generated, empty when not; a room missing from the map
 *     could not be read
 * @param mineToday the user's shifts of today with their check-in and check-out
 * @param coverage the coverage report; empty when not asked for (not an admin) or not readable
 * @param otherShifts shifts swap requests refer to that are not in the month's rosters
 */
public record RosterData(
        YearMonth month,
        boolean roomsKnown,
        List<RoomView> rooms,
        Map<String, Optional<RosterMonth>> rosters,
        List<ClosureRecord> closures,
        List<MemberView> members,
        boolean swapsKnown,
        List<SwapRecord> swaps,
        boolean todayKnown,
        List<KeptShift> mineToday,
        Optional<CoverageReport> coverage,
        Map<String, KeptShift> otherShifts) {

    /** The same data with the shifts swap requests refer to outside the month. */
    public RosterData withOtherShifts(Map<String, KeptShift> shifts) {
        return new RosterData(
                month,
                roomsKnown,
                rooms,
                rosters,
                closures,
                members,
                swapsKnown,
                swaps,
                todayKnown,
                mineToday,
                coverage,
                Map.copyOf(shifts));
    }

    /** The ids of the active members; empty when the members could not be read. */
    public Optional<Set<String>> activeMemberIds() {
        return members.isEmpty()
                ? Optional.empty()
                : Optional.of(members.stream()
                        .filter(MemberView::active)
                        .map(MemberView::id)
                        .collect(Collectors.toSet()));
    }

    /** The member of each shift known, by shift id. */
    public Map<String, String> shiftOwners() {
        return shiftsById().values().stream()
                .filter(s -> s.memberId() != null)
                .collect(Collectors.toMap(KeptShift::id, KeptShift::memberId, (a, b) -> a));
    }

    /** The month's shifts of every room by id, as planned, with today's mine as kept. */
    public Map<String, KeptShift> shiftsById() {
        Map<String, KeptShift> all = new java.util.LinkedHashMap<>(otherShifts);
        rosters.values().stream()
                .flatMap(Optional::stream)
                .flatMap(r -> r.shifts().stream())
                .filter(s -> s.id() != null)
                .forEach(s -> all.put(s.id(), KeptShift.planned(s)));
        mineToday.forEach(s -> all.put(s.id(), s));
        return all;
    }
}
