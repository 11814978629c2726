package io.huike.roster.rooms;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** One shift of a reception day at a room, e.g. the morning shift 08:30–12:00; local time in Asia/Shanghai. */
@Embeddable
public class ShiftTemplate {

    private String code;
    private String name;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    protected ShiftTemplate() {}

    public ShiftTemplate(String code, String name, LocalTime startsAt, LocalTime endsAt) {
        this.code = code;
        this.name = name;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }
}
