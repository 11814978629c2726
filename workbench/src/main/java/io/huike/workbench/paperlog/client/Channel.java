package io.huike.workbench.paperlog.client;

/** How a case typed in from the paper log reached the community: the channels case-service takes from the desk. */
public enum Channel {
    RECEPTION_ROOM,
    APPOINTMENT,
    PHONE,
    ONLINE,
    GRID_PATROL
}
