package io.huike.outreach.volunteers;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A volunteer activity (志愿服务) and the people who served in it. Recorded once, never changed. */
@Entity
@Table(name = "volunteer_activity")
public class VolunteerActivity {

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    @Column(updatable = false)
    private String title;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(updatable = false)
    private String description;
    /** Fetched in batches, so that a list of activities does not read its people one activity at a time. */
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "volunteer_service", joinColumns = @JoinColumn(name = "activity_id"))
    private List<Serving> served = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected VolunteerActivity() {}

    /** Records an activity; each volunteer serves in it once. The event is what the outbox publishes. */
    public static Recording record(
            String communityId,
            String title,
            LocalDate heldOn,
            String description,
            List<Serving> served,
            String recordedBy,
            Instant now) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < served.size(); i++) {
            if (!seen.add(served.get(i).volunteerId())) {
                throw new InvalidInput(List.of(new FieldViolation("served[" + i + "].volunteerId", "is listed twice")));
            }
        }
        VolunteerActivity a = new VolunteerActivity();
        a.id = UUID.randomUUID();
        a.communityId = communityId;
        a.title = title;
        a.heldOn = heldOn;
        a.description = description;
        a.served = new ArrayList<>(served);
        a.recordedBy = recordedBy;
        a.recordedAt = now;
        return new Recording(
                a,
                new VolunteerActivityRecorded(
                        a.id,
                        heldOn,
                        served.stream()
                                .map(s -> new VolunteerActivityRecorded.Served(s.volunteerId(), s.hours()))
                                .toList(),
                        recordedBy,
                        now));
    }

    /** An activity just recorded, and the event that announces it. */
    public record Recording(VolunteerActivity activity, VolunteerActivityRecorded event) {}

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String description() {
        return description;
    }

    public List<Serving> served() {
        return List.copyOf(served);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
