package io.huike.workbench.roster.client;

import java.time.LocalTime;
import java.util.List;

/** A reception room of a community, with the shifts of its reception days in the order of the day. */
public record RoomView(String id, String name, String location, List<Shift> shifts) {

    /** One shift of the day, local time (Asia/Shanghai). */
    public record Shift(String code, String name, LocalTime startsAt, LocalTime endsAt) {}

    public List<Shift> shifts() {
        return shifts == null ? List.of() : shifts;
    }
}
