package io.huike.outreach.volunteers;

import io.huike.plumbing.events.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer activity was held, with who served and for how many hours. The title and description stay in this
 * service.
 */
@EventType("volunteer-activity.recorded.v1")
public record VolunteerActivityRecorded(
        UUID activityId, LocalDate heldOn, List<Served> served, String recordedBy, Instant recordedAt) {

    /** One volunteer's hours in the activity, in half hours up to a day. */
    public record Served(UUID volunteerId, BigDecimal hours) {}
}
