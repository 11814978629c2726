package io.huike.roster.rooms;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A community's reception room (党员会客室) and the shifts of its reception days. */
@Entity
@Table(name = "reception_room")
public class ReceptionRoom {

    @Id
    private UUID id;

    @Column(name = "community_id")
    private String communityId;

    private String name;
    private String location;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shift_template", joinColumns = @JoinColumn(name = "room_id"))
    @OrderColumn(name = "position")
    private List<ShiftTemplate> shifts = new ArrayList<>();

    @Version
    private long version;

    protected ReceptionRoom() {}

    public static ReceptionRoom open(String communityId, String name, String location, List<ShiftTemplate> shifts) {
        ReceptionRoom room = new ReceptionRoom();
        room.id = UUID.randomUUID();
        room.communityId = communityId;
        room.name = name;
        room.location = location;
        room.shifts.addAll(shifts);
        return room;
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String name() {
        return name;
    }

    public String location() {
        return location;
    }

    public List<ShiftTemplate> shifts() {
        return List.copyOf(shifts);
    }
}
