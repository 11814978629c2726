package io.huike.workbench.roster;

import static io.huike.workbench.clients.PageParts.joined;
import static io.huike.workbench.clients.PageParts.optional;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.clients.PageParts;
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
import java.util.concurrent.CompletableFuture;
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
    private final PageParts parts;

    RosterLoader(
            @RestClient DutyRosterClient duty, @RestClient RosterClient roster, SignedInUser user, PageParts parts) {
        this.duty = duty;
        this.roster = roster;
        this.user = user;
        this.parts = parts;
    }

    public RosterData load(String community, YearMonth month, LocalDate today) {
        // The parts do not depend on one another (the months on the rooms only): asked side by side, the page takes
        // as long as its slowest part instead of their sum.
        CompletableFuture<Optional<List<RoomView>>> rooms = parts.inParallel(() -> roster.rooms(community));
        CompletableFuture<Map<String, Optional<RosterMonth>>> rosters =
                rooms.thenCompose(found -> monthsOf(community, found.orElse(List.of()), month));
        CompletableFuture<Optional<List<ClosureRecord>>> closures = parts.inParallel(() -> duty.closures(community));
        CompletableFuture<Optional<List<MemberView>>> members = parts.inParallel(() -> roster.members(community));
        CompletableFuture<Optional<List<SwapRecord>>> swaps = parts.inParallel(() -> duty.openSwaps(community));
        CompletableFuture<Optional<List<KeptShift>>> mineToday = mineToday(community, today);
        CompletableFuture<Optional<CoverageReport>> coverage = user.hasRole(Roles.COMMUNITY_ADMIN)
                ? parts.inParallel(() -> duty.coverage(
                        community,
                        month.atDay(1).toString(),
                        month.atEndOfMonth().toString()))
                : CompletableFuture.completedFuture(Optional.empty());
        RosterData data = new RosterData(
                month,
                joined(rooms).isPresent(),
                joined(rooms).orElse(List.of()),
                joined(rosters),
                joined(closures).orElse(List.of()),
                joined(members).orElse(List.of()),
                joined(swaps).isPresent(),
                joined(swaps).orElse(List.of()),
                joined(mineToday).isPresent(),
                joined(mineToday).orElse(List.of()),
                joined(coverage),
                Map.of());
        return data.withOtherShifts(otherShifts(community, data));
    }

    /** Each room's month: absent when it could not be read, empty when it is not generated yet. */
    private CompletableFuture<Map<String, Optional<RosterMonth>>> monthsOf(
            String community, List<RoomView> rooms, YearMonth month) {
        Map<String, CompletableFuture<Optional<Optional<RosterMonth>>>> asked = new LinkedHashMap<>();
        for (RoomView room : rooms) {
            if (room.id() != null) {
                asked.put(room.id(), parts.async(() -> monthOf(community, room.id(), month)));
            }
        }
        return CompletableFuture.allOf(asked.values().toArray(CompletableFuture[]::new))
                .thenApply(done -> {
                    Map<String, Optional<RosterMonth>> months = new LinkedHashMap<>();
                    asked.forEach((room, answer) -> answer.join().ifPresent(m -> months.put(room, m)));
                    return months;
                });
    }

    private Optional<Optional<RosterMonth>> monthOf(String community, String room, YearMonth month) {
        try {
            return Optional.of(Optional.ofNullable(duty.roster(community, room, month.toString())));
        } catch (ServiceProblemException refused) {
            if (refused.status() == 404) {
                return Optional.of(Optional.empty());
            } else if (refused.status() == 401) {
                throw refused;
            }
            LOG.debugf("Roster of %s not available: %s", room, refused.getMessage());
        } catch (ProcessingException unavailable) {
            LOG.debugf("Roster of %s not available: %s", room, unavailable.getMessage());
        }
        return Optional.empty();
    }

    private CompletableFuture<Optional<List<KeptShift>>> mineToday(String community, LocalDate today) {
        if (user.memberId().isEmpty()) {
            return CompletableFuture.completedFuture(Optional.of(List.of()));
        }
        String me = user.memberId().get();
        return parts.inParallel(() -> duty.dutyOn(community, today.toString()))
                .thenApply(todays -> todays.map(shifts -> shifts.stream()
                        .filter(s -> me.equals(s.memberId()) && s.id() != null)
                        .map(s -> optional(() -> duty.shift(community, s.id())).orElse(KeptShift.planned(s)))
                        .toList()));
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
        Map<String, CompletableFuture<Optional<KeptShift>>> asked = new LinkedHashMap<>();
        for (String id : missing.stream().limit(MAX_OTHER_SHIFTS).toList()) {
            asked.put(id, parts.inParallel(() -> duty.shift(community, id)));
        }
        Map<String, KeptShift> found = new LinkedHashMap<>();
        asked.forEach((id, answer) -> joined(answer).ifPresent(s -> found.put(id, s)));
        return found;
    }

    /** Today in the communities' time zone. */
    public static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }
}
