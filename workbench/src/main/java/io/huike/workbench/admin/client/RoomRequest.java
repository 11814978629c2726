package io.huike.workbench.admin.client;

import java.time.LocalTime;
import java.util.List;

/** A reception room to open, with the shifts of its reception days in the order of the day. */
public record RoomRequest(String name, String location, List<Shift> shifts) {

    /** One shift of the day: a code of capitals or digits ({@code AM}), its name, local times. */
    public record Shift(String code, String name, LocalTime startsAt, LocalTime endsAt) {}
}
