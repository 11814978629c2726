package io.huike.outreach.volunteers;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Reads volunteer activities only within the communities the caller may touch. */
@ApplicationScoped
public class VolunteerActivityRepository implements CommunityScopedRepository<VolunteerActivity> {

    /** The activities held between two days, the latest first. */
    public List<VolunteerActivity> between(
            String community, Collection<String> communities, LocalDate from, LocalDate to) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list(
                "communityId = ?1 and heldOn between ?2 and ?3",
                Sort.descending("heldOn", "recordedAt"),
                community,
                from,
                to);
    }
}
