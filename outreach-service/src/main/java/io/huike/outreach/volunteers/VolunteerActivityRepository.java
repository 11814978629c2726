package io.huike.outreach.volunteers;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads volunteer activities only within the communities the caller may touch. */
@ApplicationScoped
public class VolunteerActivityRepository implements PanacheRepositoryBase<VolunteerActivity, UUID> {

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
