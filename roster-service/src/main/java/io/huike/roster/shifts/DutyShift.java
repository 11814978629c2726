package io.huike.roster.shifts;

import io.huike.kernel.calendar.OfficialCalendar;
import io.huike.kernel.refusals.Conflict;
import io.huike.roster.rooms.ShiftTemplate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

/** A member on duty at a reception room for one shift of one working day (值班班次). */
@Entity
@Table(name = "duty_shift")
public class DutyShift {

    /** Every community of the platform keeps China Standard Time; shift times are local times in it. */
    public static final ZoneId ZONE = OfficialCalendar.ZONE;
    /** How early before its start a shift can be checked in: members open the room before the first visitor. */
    public static final Duration EARLY_CHECK_IN = Duration.ofHours(1);

    @Id
    private UUID id;

    @Column(name = "roster_id")
    private UUID rosterId;

    @Column(name = "community_id")
    private String communityId;

    @Column(name = "room_id")
    private UUID roomId;

    private LocalDate day;

    @Column(name = "shift_code")
    private String shiftCode;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    private long sequence;

    @Version
    private long version;

    protected DutyShift() {}

    public static DutyShift schedule(Roster roster, LocalDate day, ShiftTemplate template, UUID memberId) {
        DutyShift shift = new DutyShift();
        shift.id = UUID.randomUUID();
        shift.rosterId = roster.id();
        shift.communityId = roster.communityId();
        shift.roomId = roster.roomId();
        shift.day = day;
        shift.shiftCode = template.code();
        shift.startsAt = template.startsAt();
        shift.endsAt = template.endsAt();
        shift.memberId = memberId;
        shift.sequence = 1;
        return shift;
    }

    public DutyShiftScheduled scheduledEvent() {
        return new DutyShiftScheduled(id, rosterId, roomId, memberId, day, shiftCode, startsAt, endsAt, ZONE.getId());
    }

    /** Gives the shift to another member, e.g. after an approved swap. */
    public DutyShiftSwapped handOver(UUID newMember, UUID swapRequestId) {
        if (checkedInAt != null) {
            throw new Conflict(
                    "shift-already-kept", "Shift " + id + " was already checked in", Map.of("shiftId", id.toString()));
        }
        UUID previous = memberId;
        memberId = newMember;
        sequence++;
        return new DutyShiftSwapped(
                id, swapRequestId, roomId, previous, newMember, day, shiftCode, startsAt, endsAt, ZONE.getId());
    }

    /** The member on duty arrived at the room; from an hour before the start until the end of the shift. */
    public DutyCheckedIn checkIn(UUID member, Instant now) {
        if (!member.equals(memberId)) {
            throw new Conflict(
                    "not-on-this-shift",
                    "Member " + member + " is not on duty for shift " + id,
                    Map.of("shiftId", id.toString()));
        }
        if (checkedInAt != null) {
            throw new Conflict(
                    "already-checked-in",
                    "Shift " + id + " was checked in at " + checkedInAt,
                    Map.of("shiftId", id.toString()));
        }
        if (now.isBefore(start().toInstant().minus(EARLY_CHECK_IN)) || !now.isBefore(end().toInstant())) {
            throw new Conflict(
                    "outside-shift",
                    "Shift " + id + " runs " + start() + " to " + end()
                            + "; it can be checked in from an hour before its start until its end",
                    Map.of("shiftId", id.toString()));
        }
        checkedInAt = now;
        sequence++;
        return new DutyCheckedIn(id, memberId, roomId, day, shiftCode, now, now.isAfter(start().toInstant()));
    }

    /** The member on duty left the room. */
    public void checkOut(UUID member, Instant now) {
        if (checkedInAt == null || !member.equals(memberId)) {
            throw new Conflict(
                    "not-checked-in",
                    "Shift " + id + " was not checked in by " + member,
                    Map.of("shiftId", id.toString()));
        }
        if (checkedOutAt != null) {
            throw new Conflict(
                    "already-checked-out",
                    "Shift " + id + " was checked out at " + checkedOutAt,
                    Map.of("shiftId", id.toString()));
        }
        checkedOutAt = now;
    }

    /** Whether the shift runs at the moment: from its start until just before its end. */
    public boolean runsAt(ZonedDateTime moment) {
        return !moment.isBefore(start()) && moment.isBefore(end());
    }

    public ZonedDateTime start() {
        return day.atTime(startsAt).atZone(ZONE);
    }

    public ZonedDateTime end() {
        return day.atTime(endsAt).atZone(ZONE);
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

    public LocalDate day() {
        return day;
    }

    public String shiftCode() {
        return shiftCode;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public UUID memberId() {
        return memberId;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Instant checkedOutAt() {
        return checkedOutAt;
    }

    public long sequence() {
        return sequence;
    }

    public long version() {
        return version;
    }
}
