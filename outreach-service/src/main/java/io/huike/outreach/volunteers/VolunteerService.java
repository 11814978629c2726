package io.huike.outreach.volunteers;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.UnknownReferences;
import io.huike.kernel.roster.RosterReferences;
import io.huike.outreach.CommunityDays;
import io.huike.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Signs volunteers up, records the activities they serve in, and adds up their hours; each sign-up and activity and
 * its event commit together.
 */
@ApplicationScoped
public class VolunteerService {

    private final VolunteerRepository volunteers;
    private final VolunteerActivityRepository activities;
    private final RosterReferences references;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    VolunteerService(
            VolunteerRepository volunteers,
            VolunteerActivityRepository activities,
            RosterReferences references,
            Outbox outbox) {
        this.volunteers = volunteers;
        this.activities = activities;
        this.references = references;
        this.outbox = outbox;
    }

    @Transactional
    public Volunteer signUp(
            String community,
            String name,
            String memberId,
            Set<String> skills,
            String availability,
            LocalDate availableFrom,
            LocalDate availableUntil,
            String by) {
        if (availableFrom != null && availableUntil != null && availableUntil.isBefore(availableFrom)) {
            throw new InvalidInput(List.of(new FieldViolation("availableUntil", "must not be before availableFrom")));
        }
        references.requireCommunity(community);
        references.requireMember(community, "memberId", memberId);
        Volunteer.SigningUp signingUp = Volunteer.signUp(
                community, name, memberId, skills, availability, availableFrom, availableUntil, by, now());
        Volunteer volunteer = signingUp.volunteer();
        volunteers.persist(volunteer);
        // A volunteer is signed up once and never changed: its one event is sequence 1.
        outbox.append(volunteer.id().toString(), community, 1, signingUp.event());
        return volunteer;
    }

    @Transactional
    public VolunteerActivity record(
            String community,
            Collection<String> scope,
            String title,
            LocalDate heldOn,
            String description,
            List<Serving> served,
            String by) {
        Instant now = now();
        if (heldOn.isAfter(CommunityDays.dayOf(now))) {
            throw new InvalidInput(List.of(new FieldViolation("heldOn", "must not be in the future")));
        }
        references.requireCommunity(community);
        Set<UUID> known = volunteers
                .byIdsInScope(
                        community,
                        scope,
                        served.stream().map(Serving::volunteerId).collect(Collectors.toSet()))
                .stream()
                .map(Volunteer::id)
                .collect(Collectors.toSet());
        for (int i = 0; i < served.size(); i++) {
            if (!known.contains(served.get(i).volunteerId())) {
                throw UnknownReferences.unknownReference(
                        "unknown-volunteer",
                        "served[" + i + "].volunteerId",
                        "volunteer",
                        served.get(i).volunteerId(),
                        community);
            }
        }
        VolunteerActivity.Recording recording =
                VolunteerActivity.record(community, title, heldOn, description, served, by, now);
        VolunteerActivity activity = recording.activity();
        activities.persist(activity);
        // An activity is recorded once and never changed: its one event is sequence 1.
        outbox.append(activity.id().toString(), community, 1, recording.event());
        return activity;
    }

    /** A volunteer of a community in the caller's scope, or 404. */
    public Volunteer get(UUID id, String community, Collection<String> scope) {
        return volunteers
                .findInScope(id, community, scope)
                .orElseThrow(() -> new NotFound("No volunteer " + id + " in community " + community));
    }

    /** A volunteer activity of a community in the caller's scope, or 404. */
    public VolunteerActivity activity(UUID id, String community, Collection<String> scope) {
        return activities
                .findInScope(id, community, scope)
                .orElseThrow(() -> new NotFound("No volunteer activity " + id + " in community " + community));
    }

    /** A community's volunteers by name; with a skill, only those who have it. */
    public List<Volunteer> list(String community, Collection<String> scope, String skill) {
        return volunteers.listInScope(community, scope, skill);
    }

    /** A year's volunteer activities, the latest first. */
    public List<VolunteerActivity> activities(String community, Collection<String> scope, int year) {
        return activities.between(
                community,
                scope,
                Year.of(year).atDay(1),
                Year.of(year).atMonth(12).atEndOfMonth());
    }

    /** The year's hours per person and for the community, with each person's name. */
    public Totals hours(String community, Collection<String> scope, int year) {
        VolunteerHours hours = VolunteerHours.of(activities(community, scope, year));
        Map<UUID, Volunteer> people = volunteers
                .byIdsInScope(
                        community,
                        scope,
                        hours.people().stream()
                                .map(VolunteerHours.PersonHours::volunteerId)
                                .toList())
                .stream()
                .collect(Collectors.toMap(Volunteer::id, Function.identity()));
        return new Totals(hours, people);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A year's hours and the volunteers they belong to. */
    public record Totals(VolunteerHours hours, Map<UUID, Volunteer> people) {}
}
