package io.huike.roster.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Days a member is on leave or otherwise unavailable for duty, both ends included. */
@Entity
@Table(name = "member_leave")
public class Leave {

    @Id
    private UUID id;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "community_id")
    private String communityId;

    @Column(name = "first_day")
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    private String reason;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Leave() {}

    public static Leave record(Member member, LocalDate firstDay, LocalDate lastDay, String reason, Instant now) {
        Leave leave = new Leave();
        leave.id = UUID.randomUUID();
        leave.memberId = member.id();
        leave.communityId = member.communityId();
        leave.firstDay = firstDay;
        leave.lastDay = lastDay;
        leave.reason = reason;
        leave.recordedAt = now;
        return leave;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public UUID id() {
        return id;
    }

    public UUID memberId() {
        return memberId;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public String reason() {
        return reason;
    }
}
