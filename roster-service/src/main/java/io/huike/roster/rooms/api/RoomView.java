package io.huike.roster.rooms.api;

import io.huike.roster.rooms.ReceptionRoom;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A reception room as callers see it. */
public record RoomView(UUID id, String community, String name, String location, List<Shift> shifts) {

    /** One shift of the day, local time in Asia/Shanghai. */
    public record Shift(String code, String name, LocalTime startsAt, LocalTime endsAt) {}

    static RoomView of(ReceptionRoom room) {
        return new RoomView(
                room.id(),
                room.communityId(),
                room.name(),
                room.location(),
                room.shifts().stream()
                        .map(s -> new Shift(s.code(), s.name(), s.startsAt(), s.endsAt()))
                        .toList());
    }
}
