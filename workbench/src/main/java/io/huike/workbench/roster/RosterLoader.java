package io.huike.workbench.roster;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.layout.Formats;
import io.huike.workbench.roster.client.ClosureRecord;
import io.huike.workbench.roster.client.CoverageReport;
import io.huike.workbench.roster.client.DutyRosterClient;
import io.huike.workbench.roster.client.KeptShift;
import io.huike.workbench.roster.client.MemberView;
import io.huike.workbench.roster.client.RoomView;
import io.huike.workbench.roster.client.RosterClient;
import io.huike.workbench.roster.client.RosterMonth;
import io.huike.workbench.roster.client.ShiftView;
import io.huike.workbench.roster.client.SwapRecord;
import io.huike.workbench.session.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Reads from roster-service what the roster page shows of a month. A part that cannot be read is left out and marked
 * unknown: the page says so instead of failing as a whole.
 */
@RequestScoped
public class RosterLoader {

    private static final Logger LOG = Logger.getLogger(RosterLoader.class);
    /** Swap requests may name shifts of other months; this many are looked up one by one, no more. */
    private static final int MAX_OTHER_SHIFTS = 20;

    private final DutyRosterClient duty;
    private final RosterClient roster;
    private final SignedInUser user;

    RosterLoader(@RestClient DutyRosterClient duty, @RestClient RosterClient roster, SignedInUser user) {
        this.duty = duty;
        this.roster = roster;
        this.user = user;
    }

    public RosterData load(String community, YearMonth month, LocalDate today) {
        Optional<List<RoomView>> rooms = optional(() -> roster.rooms(community));
        Map<String, Optional<RosterMonth>> rosters = new LinkedHashMap<>();
        for (RoomView room : rooms.orElse(List.of())) {
            if (room.id() == null) {
                continue;
            }
            try {
                rosters.put(room.id(), Optional.ofNullable(duty.roster(community, room.id(), month.toString())));
            } catch (ServiceProblemException refused) {
                if (refused.status() == 404) {
                    rosters.put(room.id(), Optional.empty());
                } else if (refused.status() == 401) {
                    throw refused;
                } else {
                    LOG.debugf("Roster of %s not available: %s", room.id(), refused.getMessage());
                }
            } catch (ProcessingException unavailable) {
                LOG.debugf("Roster of %s not available: %s", room.id(), unavailable.getMessage());
            }
        }
        List<ClosureRecord> closures = optional(() -> duty.closures(community)).orElse(List.of());
        List<MemberView> members = optional(() -> roster.members(community)).orElse(List.of());
        Optional<List<SwapRecord>> swaps = optional(() -> duty.openSwaps(community));
        Optional<List<KeptShift>> mineToday = mineToday(community, today);
        Optional<CoverageReport> coverage = user.hasRole(Roles.COMMUNITY_ADMIN)
                ? optional(() -> duty.coverage(
                        community,
                        month.atDay(1).toString(),
                        month.atEndOfMonth().toString()))
                : Optional.empty();
        RosterData data = new RosterData(
                month,
                rooms.isPresent(),
                rooms.orElse(List.of()),
                rosters,
                closures,
                members,
                swaps.isPresent(),
                swaps.orElse(List.of()),
                mineToday.isPresent(),
                mineToday.orElse(List.of()),
                coverage,
                Map.of());
        return data.withOtherShifts(otherShifts(community, data));
    }

    private Optional<List<KeptShift>> mineToday(String community, LocalDate today) {
        if (user.memberId().isEmpty()) {
            return Optional.of(List.of());
        }
        String me = user.memberId().get();
        Optional<List<ShiftView>> todays = optional(() -> duty.dutyOn(community, today.toString()));
        return todays.map(shifts -> shifts.stream()
                .filter(s -> me.equals(s.memberId()) && s.id() != null)
                .map(s -> optional(() -> duty.shift(community, s.id())).orElse(KeptShift.planned(s)))
                .toList());
    }

    private Map<String, KeptShift> otherShifts(String community, RosterData data) {
        Map<String, KeptShift> known = data.shiftsById();
        List<String> missing = new ArrayList<>();
        for (SwapRecord swap : data.swaps()) {
            for (String id : new String[] {swap.shiftId(), swap.counterShiftId()}) {
                if (id != null && !known.containsKey(id) && !missing.contains(id)) {
                    missing.add(id);
                }
            }
        }
        Map<String, KeptShift> found = new LinkedHashMap<>();
        for (String id : missing.stream().limit(MAX_OTHER_SHIFTS).toList()) {
            optional(() -> duty.shift(community, id)).ifPresent(s -> found.put(id, s));
        }
        return found;
    }

    /** Today in the communities' time zone. */
    public static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }

    private static <T> Optional<T> optional(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            LOG.debugf("roster-service refused: %s", refused.getMessage());
            return Optional.empty();
        } catch (ProcessingException unavailable) {
            LOG.debugf("roster-service not available: %s", unavailable.getMessage());
            return Optional.empty();
        }
    }
}
