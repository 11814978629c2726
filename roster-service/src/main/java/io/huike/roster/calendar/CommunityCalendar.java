package io.huike.roster.calendar;

import io.huike.kernel.calendar.OfficialCalendar;
import io.huike.kernel.calendar.WorkingDays;
import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.RuleBroken;
import io.huike.plumbing.outbox.Outbox;
import io.huike.roster.communities.CommunityDirectory;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
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
public class CommunityCalendar implements PanacheRepositoryBase<Closure, UUID> {

    private final CommunityDirectory communities;
    private final Outbox outbox;

    CommunityCalendar(CommunityDirectory communities, Outbox outbox) {
        this.communities = communities;
        this.outbox = outbox;
    }

    /**
     * Closes the community on a day. Only an official working day can be closed: closing a holiday or a weekend
     * would change nothing and mislead whoever reads the list.
     */
    @Transactional
    public Closure close(String community, Collection<String> scope, LocalDate day, String reason, String by) {
        communities.findInScope(community, scope).orElseThrow(() -> new NotFound("No community '" + community + "'"));
        if (!OfficialCalendar.official().workingDays().isWorkingDay(day)) {
            throw new RuleBroken("not-a-working-day", day + " is not an official working day");
        }
        if (count("communityId = ?1 and day = ?2", community, day) > 0) {
            throw new Conflict(
                    "closure-exists",
                    "Community '" + community + "' is already closed on " + day,
                    Map.of("date", day.toString()));
        }
        Closure closure =
                Closure.record(community, day, reason, by, Instant.now().truncatedTo(ChronoUnit.MICROS));
        persist(closure);
        outbox.append(closure.id().toString(), community, 1, closure.addedEvent());
        return closure;
    }

    public List<Closure> closuresInScope(String community, Collection<String> scope) {
        if (!scope.contains(community)) {
            return List.of();
        }
        return list("communityId = ?1 order by day", community);
    }

    /** The community's working days, closures included. */
    public WorkingDays workingDays(String community, Collection<String> scope) {
        Map<LocalDate, String> closures =
                closuresInScope(community, scope).stream().collect(Collectors.toMap(Closure::day, Closure::reason));
        return OfficialCalendar.official().withClosures(closures);
    }
}
