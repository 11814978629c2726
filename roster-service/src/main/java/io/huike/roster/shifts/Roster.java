package io.huike.roster.shifts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** One generated month of duty at one reception room. */
@Entity
public class Roster {

    @Id
    private UUID id;

    @Column(name = "community_id")
    private String communityId;

    @Column(name = "room_id")
    private UUID roomId;

    private String month;

    @Column(name = "generated_at")
    private Instant generatedAt;

    @Column(name = "generated_by")
    private String generatedBy;

    protected Roster() {}

    public static Roster generated(String communityId, UUID roomId, YearMonth month, String by, Instant now) {
        Roster roster = new Roster();
        roster.id = UUID.randomUUID();
        roster.communityId = communityId;
        roster.roomId = roomId;
        roster.month = month.toString();
        roster.generatedBy = by;
        roster.generatedAt = now;
        return roster;
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public UUID roomId() {
        return roomId;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public Instant generatedAt() {
        return generatedAt;
    }
}
