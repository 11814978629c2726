package io.huike.roster.planning;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads and stores the gaps of generated rosters; the caller has already found the roster in scope. */
@ApplicationScoped
class RosterGapRepository implements PanacheRepositoryBase<RosterGap, UUID> {

    public List<Gap> ofRoster(UUID rosterId) {
        return list("rosterId = ?1 order by day, shiftCode", rosterId).stream()
                .map(RosterGap::gap)
                .toList();
    }
}
