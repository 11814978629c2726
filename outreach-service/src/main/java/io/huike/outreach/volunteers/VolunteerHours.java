package io.huike.outreach.volunteers;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Volunteer hours added up per person and for the community.
 *
 * @param activities the activities counted
 * @param hours everyone's hours together
 * @param people each person who served, the most hours first
 */
public record VolunteerHours(int activities, BigDecimal hours, List<PersonHours> people) {

    /** One person's activities and hours. */
    public record PersonHours(UUID volunteerId, int activities, BigDecimal hours) {}

    public static VolunteerHours of(Collection<VolunteerActivity> activities) {
        Map<UUID, PersonHours> byPerson = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (VolunteerActivity activity : activities) {
            for (Serving service : activity.served()) {
                total = total.add(service.hours());
                byPerson.merge(
                        service.volunteerId(),
                        new PersonHours(service.volunteerId(), 1, service.hours()),
                        (a, b) -> new PersonHours(
                                a.volunteerId(), a.activities() + 1, a.hours().add(b.hours())));
            }
        }
        List<PersonHours> people = byPerson.values().stream()
                .sorted(Comparator.comparing(PersonHours::hours).reversed().thenComparing(PersonHours::volunteerId))
                .toList();
        return new VolunteerHours(activities.size(), total, people);
    }
}
