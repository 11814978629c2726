package io.huike.roster.shifts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/** Reads a room's generated months and stores new ones; the caller has already found the room in scope. */
@ApplicationScoped
public class RosterRepository implements PanacheRepositoryBase<Roster, UUID> {

    public Optional<Roster> findMonth(UUID roomId, YearMonth month) {
        return find("roomId = ?1 and month = ?2", roomId, month.toString()).firstResultOptional();
    }
}
