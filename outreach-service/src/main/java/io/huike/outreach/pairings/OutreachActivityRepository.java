package io.huike.outreach.pairings;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads outreach activities only within the communities the caller may touch. */
@ApplicationScoped
public class OutreachActivityRepository implements PanacheRepositoryBase<OutreachActivity, UUID> {

    public List<OutreachActivity> ofPairing(UUID pairingId, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list(
                "pairingId = ?1 and communityId = ?2", Sort.descending("doneOn", "recordedAt"), pairingId, community);
    }

    /** One activity of a pairing, by the pairing id: the caller has already found the pairing in scope. */
    public Optional<OutreachActivity> ofPairing(UUID activityId, UUID pairingId) {
        return find("id = ?1 and pairingId = ?2", activityId, pairingId).firstResultOptional();
    }

    public List<OutreachActivity> between(
            String community, Collection<String> communities, LocalDate from, LocalDate to) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list(
                "communityId = ?1 and doneOn between ?2 and ?3", Sort.ascending("doneOn", "id"), community, from, to);
    }
}
