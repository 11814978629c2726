package io.huike.outreach.volunteers.api;

import io.huike.outreach.volunteers.Volunteer;
import io.huike.outreach.volunteers.VolunteerService;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A community's volunteer hours in a year, in total and per person. */
@Schema(example = """
        {"communityId":"gulou","year":2026,"activities":6,"hours":31.5,
         "people":[{"volunteerId":"3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b","name":"小杨","activities":5,"hours":12.5}]}""")
public record VolunteerHoursView(
        String communityId, int year, int activities, BigDecimal hours, List<PersonView> people) {

    /** One person's activities and hours. */
    public record PersonView(UUID volunteerId, String name, int activities, BigDecimal hours) {}

    static VolunteerHoursView of(String community, int year, VolunteerService.Totals totals) {
        return new VolunteerHoursView(
                community,
                year,
                totals.hours().activities(),
                totals.hours().hours(),
                totals.hours().people().stream()
                        .map(p -> {
                            Volunteer v = totals.people().get(p.volunteerId());
                            return new PersonView(
                                    p.volunteerId(), v == null ? null : v.name(), p.activities(), p.hours());
                        })
                        .toList());
    }
}
