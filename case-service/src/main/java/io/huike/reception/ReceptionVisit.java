package io.huike.reception;

import io.huike.cases.ReportedTimes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person or group received at the community's reception room (接待记录); raises zero or more cases. */
@Entity
@Table(name = "reception_visit")
public class ReceptionVisit {

    @Id
    private UUID id;

    @Column(name = "community_id")
    private String communityId;

    @Column(name = "room_id")
    private String roomId;

    @Column(name = "visited_at")
    private Instant visitedAt;

    @Column(name = "duty_member_id")
    private String dutyMemberId;

    @Column(name = "people_count")
    private int peopleCount;

    @Column(name = "visitor_name")
    private String visitorName;

    @Column(name = "visitor_phone")
    private String visitorPhone;

    private String summary;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ReceptionVisit() {}

    public ReceptionVisit(
            String communityId,
            String roomId,
            Instant visitedAt,
            String dutyMemberId,
            int peopleCount,
            String visitorName,
            String visitorPhone,
            String summary,
            String recordedBy,
            Instant now) {
        if (peopleCount < 1) {
            throw new IllegalArgumentException("A visit receives at least one person");
        }
        ReportedTimes.requirePast(visitedAt, now, "visitedAt");
        this.id = UUID.randomUUID();
        this.communityId = communityId;
        this.roomId = roomId;
        this.visitedAt = visitedAt;
        this.dutyMemberId = dutyMemberId;
        this.peopleCount = peopleCount;
        this.visitorName = visitorName;
        this.visitorPhone = visitorPhone;
        this.summary = summary;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String roomId() {
        return roomId;
    }

    public Instant visitedAt() {
        return visitedAt;
    }

    public String dutyMemberId() {
        return dutyMemberId;
    }

    public int peopleCount() {
        return peopleCount;
    }

    public String visitorName() {
        return visitorName;
    }

    public String visitorPhone() {
        return visitorPhone;
    }

    public String summary() {
        return summary;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
