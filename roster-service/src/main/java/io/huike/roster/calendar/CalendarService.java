package io.huike.roster.calendar;

import io.huike.kernel.calendar.OfficialCalendar;
import io.huike.kernel.calendar.WorkingDays;
import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.RuleBroken;
import io.huike.plumbing.outbox.Outbox;
import io.huike.roster.communities.CommunityService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A community's working days: the official calendar plus the community's own closures, which this service owns
 * and publishes as {@code calendar.closure-added}.
 */
@ApplicationScoped
public class CalendarService {

    private final ClosureRepository closures;
    private final CommunityService communities;
    private final Outbox outbox;

    CalendarService(ClosureRepository closures, CommunityService communities, Outbox outbox) {
        this.closures = closures;
        this.communities = communities;
        this.outbox = outbox;
    }

    /**
     * Closes the community on a day. Only an official working day can be closed: closing a holiday or a weekend
     * would change nothing and mislead whoever reads the list.
     */
    @Transactional
    public Closure close(String community, Collection<String> scope, LocalDate day, String reason, String by) {
        communities.get(community, scope);
        if (!OfficialCalendar.official().workingDays().isWorkingDay(day)) {
            throw new RuleBroken("not-a-working-day", day + " is not an official working day");
        }
        if (closures.closedOn(community, day)) {
            throw new Conflict(
                    "closure-exists",
                    "Community '" + community + "' is already closed on " + day,
                    Map.of("date", day.toString()));
        }
        Closure closure =
                Closure.record(community, day, reason, by, Instant.now().truncatedTo(ChronoUnit.MICROS));
        closures.persist(closure);
        outbox.append(closure.id().toString(), community, 1, closure.addedEvent());
        return closure;
    }

    /** One closure of a community in the caller's scope, or 404. */
    @Transactional
    public Closure closure(String community, Collection<String> scope, UUID id) {
        return closures.findInScope(id, community, scope)
                .orElseThrow(() -> new NotFound("No closure " + id + " in community " + community));
    }

    @Transactional
    public List<Closure> closures(String community, Collection<String> scope) {
        return closures.listInScope(community, scope);
    }

    /** The community's working days, closures included. */
    @Transactional
    public WorkingDays workingDays(String community, Collection<String> scope) {
        Map<LocalDate, String> closed = closures.listInScope(community, scope).stream()
                .collect(Collectors.toMap(Closure::day, Closure::reason));
        return OfficialCalendar.official().withClosures(closed);
    }
}
