package io.huike.roster.rooms;

import io.huike.plumbing.events.EventType;
import java.util.UUID;

/** A community opened a reception room; the other services learn from it which room ids a community has. */
@EventType("reception-room.opened.v1")
public record ReceptionRoomOpened(UUID roomId, String name, String location) {}
