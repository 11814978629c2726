package io.huike.roster.rooms;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.plumbing.outbox.Outbox;
import io.huike.roster.communities.CommunityService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Opens a community's reception rooms with the shifts of their reception days, publishing {@code reception-room.opened}. */
@ApplicationScoped
public class RoomService {

    private final ReceptionRoomRepository rooms;
    private final CommunityService communities;
    private final Outbox outbox;

    RoomService(ReceptionRoomRepository rooms, CommunityService communities, Outbox outbox) {
        this.rooms = rooms;
        this.communities = communities;
        this.outbox = outbox;
    }

    @Transactional
    public ReceptionRoom open(
            String community, Collection<String> scope, String name, String location, List<ShiftTemplate> shifts) {
        communities.get(community, scope);
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
        rooms.persist(room);
        // Rooms never change once opened, so the event is the room's first and only one.
        outbox.append(
                room.id().toString(), community, 1, new ReceptionRoomOpened(room.id(), room.name(), room.location()));
        return room;
    }

    /** A reception room of the community in the caller's scope, or 404. */
    @Transactional
    public ReceptionRoom get(String community, UUID id, Collection<String> scope) {
        return rooms.findInScope(id, community, scope)
                .orElseThrow(() -> new NotFound("No reception room " + id + " in community " + community));
    }

    @Transactional
    public List<ReceptionRoom> list(String community, Collection<String> scope) {
        return rooms.listInScope(community, scope);
    }
}
