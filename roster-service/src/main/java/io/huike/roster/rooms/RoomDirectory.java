package io.huike.roster.rooms;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.plumbing.outbox.Outbox;
import io.huike.roster.communities.CommunityDirectory;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A community's reception rooms with their shift templates, always read within the caller's communities; opening one
 * publishes {@code reception-room.opened}.
 */
@ApplicationScoped
public class RoomDirectory implements PanacheRepositoryBase<ReceptionRoom, UUID> {

    private final CommunityDirectory communities;
    private final Outbox outbox;

    RoomDirectory(CommunityDirectory communities, Outbox outbox) {
        this.communities = communities;
        this.outbox = outbox;
    }

    @Transactional
    public ReceptionRoom open(
            String community, Collection<String> scope, String name, String location, List<ShiftTemplate> shifts) {
        communities.findInScope(community, scope).orElseThrow(() -> new NotFound("No community '" + community + "'"));
        List<FieldViolation> faults = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < shifts.size(); i++) {
            ShiftTemplate shift = shifts.get(i);
            if (!codes.add(shift.code())) {
                faults.add(new FieldViolation("shifts[" + i + "].code", "is used by another shift of the room"));
            }
            if (!shift.startsAt().isBefore(shift.endsAt())) {
                faults.add(new FieldViolation("shifts[" + i + "].endsAt", "must be after startsAt"));
            }
            if (i > 0 && shift.startsAt().isBefore(shifts.get(i - 1).endsAt())) {
                faults.add(new FieldViolation(
                        "shifts[" + i + "].startsAt", "must not be before the end of the shift before it"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInput(faults);
        }
        ReceptionRoom room = ReceptionRoom.open(community, name, location, shifts);
        persist(room);
        // Rooms never change once opened, so the event is the room's first and only one.
        outbox.append(
                room.id().toString(), community, 1, new ReceptionRoomOpened(room.id(), room.name(), room.location()));
        return room;
    }

    public ReceptionRoom require(String community, UUID id, Collection<String> scope) {
        return findInScope(community, id, scope)
                .orElseThrow(() -> new NotFound("No reception room " + id + " in community " + community));
    }

    public Optional<ReceptionRoom> findInScope(String community, UUID id, Collection<String> scope) {
        if (!scope.contains(community)) {
            return Optional.empty();
        }
        return find("id = ?1 and communityId = ?2", id, community).firstResultOptional();
    }

    public List<ReceptionRoom> listInScope(String community, Collection<String> scope) {
        if (!scope.contains(community)) {
            return List.of();
        }
        return list("communityId = ?1 order by name, id", community);
    }
}
